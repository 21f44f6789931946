/** @module the answer of the site's own server to /search/?q=…: core's search written into the prerendered page */

/** @param {string} text */
const escapeHtml = (text) =>
	text.replace(
		/[&<>"']/g,
		(character) =>
			/** @type {Record<string, string>} */ ({
				'&': '&amp;',
				'<': '&lt;',
				'>': '&gt;',
				'"': '&quot;',
				"'": '&#39;',
			})[character] ?? character,
	);

/** The longest query the server searches for; longer input is cut, never an error. */
export const MAX_QUERY_LENGTH = 200;

/** @typedef {{ kind: 'story' | 'government', id: string, title: string, snippet: { text: string, highlight: boolean }[] }} Hit */

/** @param {Hit} hit */
const hrefOf = (hit) =>
	hit.kind === 'story'
		? `/stories/${encodeURIComponent(hit.id)}/`
		: `/governments/${encodeURIComponent(hit.id.toLowerCase())}/`;

/** @param {Hit['snippet']} snippet */
const snippetHtml = (snippet) =>
	snippet
		.map(({ text, highlight }) =>
			highlight ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text),
		)
		.join('');

/** @param {string} heading @param {Hit[]} hits */
const group = (heading, hits) =>
	hits.length === 0
		? ''
		: `<h2>${heading}</h2><ul class="hits">${hits
				.map(
					(hit) =>
						`<li><a href="${hrefOf(hit)}">${escapeHtml(hit.title)}</a><p>${snippetHtml(hit.snippet)}</p></li>`,
				)
				.join('')}</ul>`;

/**
 * The results as HTML: escaped text, links to the site's pages, no scripts or styles (so the page's
 * CSP hashes stay valid).
 * @param {string} query
 * @param {Hit[]} hits
 */
export function resultsHtml(query, hits) {
	const shown = escapeHtml(query);
	const summary =
		hits.length === 0
			? `<p class="summary">Nothing matches “${shown}”. Try another spelling, or browse <a href="/stories/">all stories</a> and <a href="/governments/">all governments</a>.</p>`
			: `<p class="summary">${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${shown}”</p>`;
	return (
		summary +
		group(
			'Stories',
			hits.filter((hit) => hit.kind === 'story'),
		) +
		group(
			'Governments',
			hits.filter((hit) => hit.kind === 'government'),
		)
	);
}

const RESULTS = /(<div id="server-results"[^>]*>)[\s\S]*?(<\/div>)/;
const INPUT = /(<input id="search-page-q"[^>]*?)(\s*\/?>)/;
const TITLE = /<title>[^<]*<\/title>/;

/**
 * The prerendered search page with the query in its box and title and the results in place of the
 * static-host note.
 * @param {string} page the HTML of build/search/index.html
 * @param {string} query
 * @param {Hit[]} hits
 */
export function searchPage(page, query, hits) {
	const shown = escapeHtml(query);
	return page
		.replace(RESULTS, (_, open, close) => `${open}${resultsHtml(query, hits)}${close}`)
		.replace(
			INPUT,
			(_, input, end) => `${input.replace(/\svalue="[^"]*"/, '')} value="${shown}"${end}`,
		)
		.replace(TITLE, `<title>Search: ${shown} · MGI Success Stories</title>`);
}
