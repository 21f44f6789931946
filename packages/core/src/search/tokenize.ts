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

/** Options shared by every MiniSearch index in core. */
export const searchDefaults = {
	tokenize,
	processTerm,
	searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' as const },
};
