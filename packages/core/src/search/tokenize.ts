import { normalizeName } from '../text/normalize.js';

/** Splits text into words the way both the search index and the highlighter see them. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Index and query terms ignore case and accents: "sao" finds "São". */
export function processTerm(term: string): string | null {
	const normalized = normalizeName(term).replace(/ /g, '');
	return normalized.length > 0 ? normalized : null;
}

/** Terms shorter than this match only whole words: a one-letter word would expand to most of the index. */
export const MIN_PREFIX_LENGTH = 2;
/** Terms shorter than this are not matched with typos: an edit of a short word is another word. */
export const MIN_FUZZY_LENGTH = 4;

/** Options shared by every MiniSearch index in core. */
export const searchDefaults = {
	tokenize,
	processTerm,
	searchOptions: {
		prefix: (term: string) => term.length >= MIN_PREFIX_LENGTH,
		fuzzy: (term: string) => (term.length >= MIN_FUZZY_LENGTH ? 0.2 : false),
		combineWith: 'AND' as const,
	},
};
