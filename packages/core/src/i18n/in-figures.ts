/** @module the rule for writing a series of counts in figures or in words, shared by core's sentences and the site's */

/**
 * Whether a series of counts (one sentence, one list) is written in figures: French and Spanish
 * editors write zero to nine in words only when no count of the same series is ten or more
 * (« 10 histoires … 2 »).
 * @example inFigures([32, 6]) // true: « 32 pays, dont 6 avec une histoire »
 * @example inFigures([2, 1]) // false: « deux pays et une autorité locale »
 */
export const inFigures = (series: readonly number[]): boolean =>
	series.some((count) => !(Number.isInteger(count) && count >= 0 && count <= 9));
