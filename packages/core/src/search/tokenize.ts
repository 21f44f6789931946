import stem from 'wink-porter2-stemmer';
import { normalizeName } from '../text/normalize.js';

/** Splits text into words the way both the search index and the highlighter see them. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** distinct words whose stems are remembered; the table starts over beyond it, so queries cannot grow it */
const MAX_REMEMBERED_STEMS = 20_000;
const stems = new Map<string, string>();

/** A normalized word's English stem (Porter2): "recruiting" and "recruitment" are both "recruit". */
export function stemOf(word: string): string {
	let stemmed = stems.get(word);
	if (stemmed === undefined) {
		stemmed = stem(word);
		if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
		stems.set(word, stemmed);
	}
	return stemmed;
}

/** A word as typed, ignoring case and accents: "São" → "sao". */
export const normalizeTerm = (term: string) => normalizeName(term).replace(/ /g, '');

/**
 * Index and query terms ignore case, accents and English suffixes: "sao" finds "São", "recruiting"
 * finds "recruitment".
 */
export function processTerm(term: string): string | null {
	const normalized = normalizeTerm(term);
	return normalized.length > 0 ? stemOf(normalized) : null;
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
