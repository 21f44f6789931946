/**
 * @module the site's own server's answer to /search/?q=… (and /fr/search/, /es/search/): core's
 * search in the page's language, written into the prerendered page in place of the static-host
 * note, with the page's own words (its `data-*` templates, translated with the page)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '@mgi-stories/core';
import { analyzeQuery, MAX_SEARCH_LIMIT, search } from '@mgi-stories/core/search';
import { hitMatch } from '../src/lib/search/match.js';
import { matchTemplate, wordsLanguage } from '../src/lib/search/match-source.js';

/** @typedef {import('@mgi-stories/core').Locale} Locale */
/** @typedef {import('@mgi-stories/core/search').SearchHit} Hit */
/** @typedef {import('../src/lib/search/documents').SearchDocument} Document */
/** @typedef {ReadonlyMap<string, Document>} Documents the search index's documents, by key */

/** The longest query the server searches for; longer input is cut, never an error. */
export const MAX_QUERY_LENGTH = 200;

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

/**
 * Fills `{name}` placeholders of a template read from the page's HTML with escaped values.
 * @param {string} template @param {Record<string, string | number>} values
 */
const fill = (template, values) =>
	template.replace(/\{(\w+)\}/g, (whole, name) =>
		Object.hasOwn(values, name) ? escapeHtml(String(values[name])) : whole,
	);

/** @param {Locale} locale */
const localePrefix = (locale) => (locale === 'en' ? '' : `/${locale}`);

/** @param {Hit} hit @param {Locale} locale */
const hrefOf = (hit, locale) =>
	`${localePrefix(locale)}${
		hit.kind === 'story'
			? `/stories/${encodeURIComponent(hit.id)}/`
			: `/governments/${encodeURIComponent(hit.id.toLowerCase())}/`
	}`;

/** @param {Hit['snippet']} snippet */
const snippetHtml = (snippet) =>
	snippet
		.map(({ text, highlight }) =>
			highlight ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text),
		)
		.join('');

/**
 * Why a hit matched: where its words come from, in the page's words, then the words.
 * @param {Hit} hit @param {Documents} documents @param {Locale} locale @param {Templates} templates
 */
function matchHtml(hit, documents, locale, templates) {
	const key = `${hit.kind}:${hit.id}`;
	const document = documents.get(key);
	if (!document) throw new Error(`The search index has no document ${key}: rebuild the site.`);
	const match = hitMatch(hit, document, locale);
	const language = wordsLanguage(match, locale);
	return `<p class="match"><span class="match-source">${templates[matchTemplate(match.source)]}</span> <span class="match-words"${language === undefined ? '' : ` lang="${language}"`}>${snippetHtml(match.snippet)}</span></p>`;
}

/** The templates the search page carries for its server's answer (see routes/search/+page.svelte). */
const TEMPLATES = /** @type {const} */ ([
	'results',
	'nothing',
	'stopWords',
	'someWords',
	'stories',
	'governments',
	'title',
	'matchText',
	'matchCaption',
	'matchTag',
	'matchRegion',
	'matchName',
	'matchTheme',
	'matchCaptionTheme',
]);
/** @typedef {Record<(typeof TEMPLATES)[number], string>} Templates */

/**
 * The page's templates, from the `data-*` attributes of its `#server-results` element.
 * @param {string} page
 * @returns {Templates}
 */
export function pageTemplates(page) {
	const element = page.match(/<div id="server-results"[^>]*>/)?.[0] ?? '';
	return /** @type {Templates} */ (
		Object.fromEntries(
			TEMPLATES.map((name) => {
				const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
				return [name, element.match(new RegExp(`\\s${attribute}="([^"]*)"`))?.[1] ?? ''];
			}),
		)
	);
}

/** @param {string} text an attribute's value as the page escapes it */
const unescapeAttribute = (text) =>
	text.replace(
		/&(?:quot|#34|#39|lt|gt|amp);/g,
		(entity) =>
			/** @type {Record<string, string>} */ ({
				'&quot;': '"',
				'&#34;': '"',
				'&#39;': "'",
				'&lt;': '<',
				'&gt;': '>',
				'&amp;': '&',
			})[entity] ?? entity,
	);

/**
 * The name the page shows for each hit ("government:…" → "Montréal (Canada)"), from the
 * `data-hit-names` attribute of its `#server-results` element, so the server names a hit as the
 * page's messages do.
 * @param {string} page
 * @returns {Record<string, string>}
 */
export function pageHitNames(page) {
	const element = page.match(/<div id="server-results"[^>]*>/)?.[0] ?? '';
	const names = element.match(/\sdata-hit-names="([^"]*)"/)?.[1];
	return names ? JSON.parse(unescapeAttribute(names)) : {};
}

/**
 * The results as HTML: escaped text, links to the site's pages in the locale, no scripts or styles
 * (so the page's CSP hashes stay valid).
 * @param {{ query: string, hits: Hit[], documents: Documents, locale: Locale, templates: Templates, names?: Record<string, string> }} answer
 */
export function resultsHtml({ query, hits, documents, locale, templates, names = {} }) {
	/** @param {string} heading @param {Hit[]} group */
	const list = (heading, group) =>
		group.length === 0
			? ''
			: `<h2>${heading}</h2><ul class="hits">${group
					.map((hit) => {
						const title = names[`${hit.kind}:${hit.id}`] ?? hit.title;
						const partial = hit.allWords
							? ''
							: ` <span class="partial">${templates.someWords}</span>`;
						return `<li><a href="${hrefOf(hit, locale)}">${escapeHtml(title)}</a>${partial}${matchHtml(hit, documents, locale, templates)}</li>`;
					})
					.join('')}</ul>`;
	if (hits.length === 0) {
		const onlyStopWords = analyzeQuery({ query, locale }).words.length === 0;
		return `<p class="summary">${fill(onlyStopWords ? templates.stopWords : templates.nothing, { query })}</p>`;
	}
	return (
		`<p class="summary">${fill(templates.results, { query, count: hits.length })}</p>` +
		list(
			templates.stories,
			hits.filter((hit) => hit.kind === 'story'),
		) +
		list(
			templates.governments,
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
 * @param {{ page: string, query: string, hits: Hit[], documents: Documents, locale: Locale }} answer
 */
export function searchPage({ page, query, hits, documents, locale }) {
	const templates = pageTemplates(page);
	const names = pageHitNames(page);
	return page
		.replace(
			RESULTS,
			(_, open, close) =>
				`${open}${resultsHtml({ query, hits, documents, locale, templates, names })}${close}`,
		)
		.replace(
			INPUT,
			(_, input, end) =>
				`${input.replace(/\svalue="[^"]*"/, '')} value="${escapeHtml(query)}"${end}`,
		)
		.replace(TITLE, `<title>${fill(templates.title, { query })}</title>`);
}

/**
 * The search pages of every locale, read once from the built site with the search index the
 * browser's search fetches: `answer(pathname, query)` is the page for `/search/`, `/fr/search/` or
 * `/es/search/`, or undefined for any other path.
 * @param {string} root the built site
 * @param {readonly string[]} localeFolders `fr`, `es`
 */
export function createSearchPages(root, localeFolders) {
	const index = /** @type {import('../src/lib/search/documents').SearchIndexFile} */ (
		JSON.parse(readFileSync(join(root, 'stories', 'search.json'), 'utf8'))
	);
	const documents = new Map(index.documents.map((document) => [document.key, document]));
	const shells = new Map(
		['', ...localeFolders].map((folder) => [
			`${folder ? `/${folder}` : ''}/search/`,
			{
				locale: /** @type {Locale} */ (isLocale(folder) ? folder : 'en'),
				page: readFileSync(join(root, folder, 'search', 'index.html'), 'utf8'),
			},
		]),
	);
	return {
		/** @param {string} pathname @param {string} query */
		answer(pathname, query) {
			const shell = shells.get(pathname);
			if (!shell) return undefined;
			const hits = search({ query, locale: shell.locale, limit: MAX_SEARCH_LIMIT });
			return searchPage({ page: shell.page, query, hits, documents, locale: shell.locale });
		},
	};
}
