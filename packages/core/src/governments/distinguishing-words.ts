/**
 * @module words that tell places apart. A query holding one that a name lacks does not mean that name,
 * however few letters differ: "West Timor" is not Timor-Leste, "République de Corée" not "République
 * de Guinée", "Nigeria" not Niger.
 */

/**
 * Compass points and qualifiers that make another place of a name (normalized: no accents), in
 * English, French and Spanish.
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
	'north',
	'northern',
	'south',
	'southern',
	'east',
	'eastern',
	'west',
	'western',
	'upper',
	'lower',
	'new',
	'central',
	'nord',
	'sud',
	'est',
	'ouest',
	'occidental',
	'occidentale',
	'oriental',
	'orientale',
	'septentrional',
	'meridional',
	'haut',
	'haute',
	'bas',
	'basse',
	'nouveau',
	'nouvelle',
	'centrale',
	'norte',
	'sur',
	'este',
	'oeste',
	'alto',
	'alta',
	'bajo',
	'baja',
	'nuevo',
	'nueva',
]);

/**
 * The query's words that a candidate must also have: place qualifiers, and words naming at most
 * `distinctive` countries (a country's own word, such as "coree" or "nigeria").
 */
export function distinguishingWords(
	words: readonly string[],
	countriesUsing: (word: string) => number,
	distinctive: number,
): string[] {
	return words.filter((word) => {
		if (PLACE_QUALIFIERS.has(word)) return true;
		const using = countriesUsing(word);
		return using > 0 && using <= distinctive;
	});
}
