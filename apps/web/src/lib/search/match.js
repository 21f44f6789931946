/**
 * @module why a search hit matched, and where the words come from: the story's text or its photo's
 * caption as the booklet prints them (quoted, in English), a tag of our classification or a UN M49
 * region (named in the reader's language), or a name of the place. Plain JavaScript: the site's own
 * server (server/search-results.js) runs it as it is, the browser's search bundles it.
 */
import { highlight } from '@mgi-stories/core/search';

/** @typedef {import('@mgi-stories/core/search').TextSegment} TextSegment */
/** @typedef {import('@mgi-stories/core/search').Locale} Locale */
/** @typedef {import('./documents').SearchDocument} SearchDocument */
/** @typedef {import('./documents').MatchableLabel} MatchableLabel */
/** @typedef {import('./match-source').MatchSource} MatchSource */
/** @typedef {import('./match-source').HitMatch} HitMatch */

/** the words a story's text shows around its first match, as core's own snippets */
const TEXT_WORDS = 30;

/** @param {readonly TextSegment[]} segments */
const marked = (segments) => segments.some((segment) => segment.highlight);

/**
 * Why `hit` matched `document`: the first of its story text, its caption, its tags, its names (a
 * story's heading last) and its regions that holds a word the query matched. A story found through
 * another word for a theme its English words name shows, unmarked, its text (a `theme` match) or,
 * when only the caption names the theme, its caption (a `captionTheme` match).
 * @param {{ snippet: readonly TextSegment[], terms: readonly string[] }} hit core's hit
 * @param {Pick<SearchDocument, 'kind' | 'title' | 'body' | 'caption' | 'names' | 'tags' | 'regions' | 'nameLanguages' | 'shownName' | 'themes'>} document
 * @param {Locale} locale the reader's language
 * @returns {HitMatch}
 * @example hitMatch(hit, document, 'fr') // { source: 'tag', snippet: [{ text: 'Santé', highlight: true }] }
 */
export function hitMatch(hit, document, locale) {
	/**
	 * `text` with the words the hit matched marked; `language`, for a text in one language, as search
	 * indexes it (the booklet's words are English)
	 * @param {string} text @param {{ maxWords?: number, language?: Locale }} [options]
	 */
	const mark = (text, options = {}) => highlight({ text, terms: hit.terms, locale, ...options });
	/** @param {string} text @param {MatchSource} source @param {number} [maxWords] @returns {HitMatch | undefined} */
	const quoted = (text, source, maxWords) => {
		const snippet = text ? mark(text, { language: 'en', ...(maxWords ? { maxWords } : {}) }) : [];
		return marked(snippet) ? { source, snippet } : undefined;
	};
	/** @param {readonly MatchableLabel[]} labels @param {MatchSource} source @returns {HitMatch | undefined} */
	const labelled = (labels, source) => {
		const found = labels.find(({ texts }) => texts.some((text) => marked(mark(text))));
		return found && { source, snippet: [{ text: found.label[locale], highlight: true }] };
	};
	/**
	 * A name's match, with the name's language where it is not the page's: one the data records it
	 * in, else `''`, HTML's unknown, so that "Repúblika ng Pilipinas" is never read as French.
	 * @param {string} text @param {TextSegment[]} snippet @returns {HitMatch}
	 */
	const namedBy = (text, snippet) => {
		const languages = document.nameLanguages?.[text] ?? [];
		return languages.includes(locale)
			? { source: 'name', snippet }
			: { source: 'name', snippet, lang: languages[0] ?? '' };
	};
	/** @returns {HitMatch | undefined} */
	const name = () => {
		if (document.kind === 'government') {
			if (!marked(hit.snippet)) return undefined;
			// a local authority as the site names it where that name holds the word, only the name
			// marked (« [Montréal] (Canada) », « São Paulo ([Brésil]) »: the site's label is no
			// source's name); else the name that did match (« Brasil », for « São Paulo (Brésil) »)
			const shown = document.shownName?.[locale];
			const shownMarked = shown ? mark(shown) : [];
			if (marked(shownMarked)) return { source: 'name', snippet: shownMarked };
			return namedBy(hit.snippet.map((segment) => segment.text).join(''), [...hit.snippet]);
		}
		const text = [...document.names.split(' · '), document.title].find((each) =>
			marked(mark(each)),
		);
		return text === undefined ? undefined : namedBy(text, mark(text));
	};
	/**
	 * A story found through another word for a theme its words name: the passage of its text that
	 * names the theme, its English words marked (« juges » → "judges"); else its caption, the only
	 * other words whose themes search indexes.
	 * @returns {HitMatch}
	 */
	const theme = () => {
		const terms = (document.themes ?? [])
			.filter(({ words }) =>
				Object.entries(words).some(([language, text]) =>
					marked(mark(text ?? '', { language: /** @type {Locale} */ (language) })),
				),
			)
			.flatMap((matched) => matched.terms);
		const passage = terms.length
			? highlight({
					text: document.body,
					terms,
					locale,
					language: 'en',
					maxWords: TEXT_WORDS,
				})
			: [];
		if (marked(passage)) return { source: 'theme', snippet: passage };
		return document.caption
			? { source: 'captionTheme', snippet: [{ text: document.caption, highlight: false }] }
			: { source: 'theme', snippet: [...hit.snippet] };
	};
	/** @type {HitMatch | undefined} */
	const found =
		quoted(document.body, 'text', TEXT_WORDS) ??
		quoted(document.caption, 'caption') ??
		labelled(document.tags, 'tag') ??
		name() ??
		labelled(document.regions, 'region');
	return (
		found ?? (document.kind === 'story' ? theme() : { source: 'name', snippet: [...hit.snippet] })
	);
}
