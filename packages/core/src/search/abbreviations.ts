/**
 * @module abbreviations the vocabulary itself defines, so a search for one finds what it stands for:
 * a word of an id that spells the initials of the label (`gcmObjective`, "Global Compact for Migration
 * objective" → GCM), and a parenthesised one after the words it abbreviates ("Common Country
 * Assessment (CCA)"). Nothing else: no synonym the vocabulary does not give.
 */

/** What the vocabulary says of a facet or a value. */
export interface Defined {
	id: string;
	label: string;
	description?: string;
}

/** the initials of the capitalized words of a text, in order ("Global Compact for Migration" → GCM) */
const initials = (words: readonly string[]) =>
	words
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0])
		.join('');

/** `gcmObjective` → gcm, objective; `un-common-country-assessment` → un, common, country, assessment */
const idWords = (id: string) =>
	id
		.replace(/([a-z\d])([A-Z])/g, '$1 $2')
		.split(/[^A-Za-z]+/)
		.filter(Boolean)
		.map((word) => word.toUpperCase());

const PARENTHESISED = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the|on|in)\s+)?)+)\((\p{Lu}{2,})\)/gu;

/** The abbreviations a facet or value defines (uppercase, each once), in the order found. */
export function definedAbbreviations({ id, label, description = '' }: Defined): string[] {
	const found = new Set<string>();
	const labelInitials = initials(label.split(/\s+/)).toUpperCase();
	for (const word of idWords(id)) {
		if (word.length >= 2 && word === labelInitials && !label.toUpperCase().includes(word)) {
			found.add(word);
		}
	}
	for (const [, words = '', abbreviation = ''] of `${label} ${description}`.matchAll(
		PARENTHESISED,
	)) {
		if (initials(words.trim().split(/\s+/)).endsWith(abbreviation)) found.add(abbreviation);
	}
	return [...found];
}
