/**
 * @module where a search hit's words come from, and how a page names and marks them: apart from
 * `hitMatch` (match.js), so that a page's script names a source without bundling the search engine
 */

/** @typedef {import('@mgi-stories/core/search').TextSegment} TextSegment */

/**
 * Where a hit's words were found: `text` and `caption` are the booklet's words (English), `tag` and
 * `region` are labels in the reader's language, `name` is one of the place's names; `theme` is a
 * story found through another word (a synonym, or a French or Spanish word) for what its English
 * text says, which shows its text, and `captionTheme` one found through another word for what its
 * photo's caption says, which shows the caption.
 * @typedef {'text' | 'caption' | 'tag' | 'region' | 'name' | 'theme' | 'captionTheme'} MatchSource
 */

/**
 * @typedef {object} HitMatch
 * @property {MatchSource} source
 * @property {TextSegment[]} snippet the words shown, those that matched marked
 * @property {string} [lang] a name's language where it is not the page's: the one the data records, else `''` (unknown)
 */

/** The sources whose words are the booklet's, in English whatever the page's language. */
const BOOKLET_SOURCES = /** @type {ReadonlySet<MatchSource>} */ (
	new Set(['text', 'caption', 'theme', 'captionTheme'])
);

/**
 * The page's template naming a source: the search page's `data-match-caption` is `matchCaption`.
 * @param {MatchSource} source
 * @returns {`match${Capitalize<MatchSource>}`}
 */
export const matchTemplate = (source) =>
	/** @type {`match${Capitalize<MatchSource>}`} */ (
		`match${source[0]?.toUpperCase()}${source.slice(1)}`
	);

/**
 * The language of a match's words: the booklet's are English, our labels are in the page's
 * language, and a name is in whichever language the data records it in (`''`: unknown, undefined:
 * the surrounding one).
 * @param {Pick<HitMatch, 'source' | 'lang'>} match @param {string} pageLanguage
 * @returns {string | undefined}
 */
export const wordsLanguage = (match, pageLanguage) =>
	BOOKLET_SOURCES.has(match.source) ? 'en' : match.source === 'name' ? match.lang : pageLanguage;
