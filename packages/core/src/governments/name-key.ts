/** @module how names and queries are compared: folded, compacted, with a few abbreviations spelled out */
import { normalizeName } from '../text/normalize.js';

/**
 * Abbreviations spelled out in queries (only in queries: the names indexed are spelled in full).
 * "Lao PDR" is the Lao People's Democratic Republic, "DR Congo" the Democratic Republic of the Congo.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['pdr', 'people s democratic republic'],
	['dpr', 'democratic people s republic'],
	['dr', 'democratic republic'],
	['rep', 'republic'],
	['st', 'saint'],
	['ste', 'sainte'],
]);

/**
 * Articles a name opens with in running text, as the UN writes formal names ("the Republic of Korea",
 * "la République de Corée", "l'État plurinational de Bolivie", "el Estado Plurinacional de Bolivia").
 */
const LEADING_ARTICLES: ReadonlySet<string> = new Set([
	'the',
	'la',
	'le',
	'les',
	'l',
	'el',
	'los',
	'las',
]);

/** A name's words after folding case, accents and punctuation, without a leading article. */
export function nameWords(text: string): string[] {
	const words = normalizeName(text).split(' ').filter(Boolean);
	const [first] = words;
	return first !== undefined && LEADING_ARTICLES.has(first) && words.length > 1
		? words.slice(1)
		: words;
}

/** The key names are compared on: words joined without spaces, so "Cote dIvoire" meets "Côte d’Ivoire". */
export const compactKey = (words: readonly string[]): string => words.join('');

export interface QueryForm {
	words: string[];
	key: string;
}

/** An inverted name, as indexes and statistical tables write them: "Korea, South", "Gambia, The". */
const INVERTED = /^([^,]+),([^,]+)$/;

/**
 * The forms a query is looked up in: as typed, then turned round if it is inverted ("Korea, South" is
 * "South Korea"), then each with its abbreviations spelled out (if any).
 */
export function queryForms(query: string): QueryForm[] {
	const inverted = INVERTED.exec(query);
	const spellings = [nameWords(query)];
	if (inverted) spellings.push(nameWords(`${inverted[2]} ${inverted[1]}`));
	const forms: QueryForm[] = [];
	for (const words of spellings) {
		if (words.length === 0) continue;
		forms.push({ words, key: compactKey(words) });
		if (words.some((word) => ABBREVIATIONS.has(word))) {
			const expanded = words.flatMap((word) => (ABBREVIATIONS.get(word) ?? word).split(' '));
			forms.push({ words: expanded, key: compactKey(expanded) });
		}
	}
	return forms;
}

/**
 * A name and the forms it is also written in: "Moldova, Republic of" is also "Republic of Moldova",
 * "Virgin Islands, U.S." also "U.S. Virgin Islands", "Holy See (Vatican City State)" also "Holy See".
 */
export function nameVariants(name: string): string[] {
	const variants = [name];
	const parenthesised = /^(.+?) \((.+)\)$/.exec(name);
	if (parenthesised) {
		const [, base = '', qualifier = ''] = parenthesised;
		variants.push(base);
		if (/ of( the)?$/i.test(qualifier)) variants.push(`${qualifier} ${base}`);
	}
	const commaQualified = /^([^,]+), ([^,]+)$/.exec(name);
	if (commaQualified) {
		const [, base = '', qualifier = ''] = commaQualified;
		if (/ of( the)?$/i.test(qualifier) || !qualifier.includes(' ')) {
			variants.push(`${qualifier} ${base}`);
		}
	}
	return variants;
}
