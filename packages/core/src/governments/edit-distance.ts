/** Beyond any allowance: a cell outside the band. */
const FAR = 0x3fffffff;
/** Three rows of the table, reused from call to call (grown when a longer string comes). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * The optimal-string-alignment distance between two strings (insertions, deletions, substitutions and
 * transpositions of neighbours each cost 1), or `undefined` as soon as it must exceed `max`: the work
 * is bounded by a band of width 2·max+1, so a long string costs no more than a short one.
 */
export function boundedEditDistance(a: string, b: string, max: number): number | undefined {
	if (Math.abs(a.length - b.length) > max) return undefined;
	const width = b.length + 1;
	if (rows[0].length < width) {
		rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
	}
	let [beforePrevious, previous, current] = rows;
	beforePrevious.fill(FAR, 0, width);
	for (let j = 0; j < width; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current.fill(FAR, 0, width);
		const from = Math.max(1, i - max);
		const to = Math.min(b.length, i + max);
		if (i <= max) current[0] = i;
		let rowMin = current[0] as number;
		const letter = a.charCodeAt(i - 1);
		const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
		for (let j = from; j <= to; j++) {
			const other = b.charCodeAt(j - 1);
			let value = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + (letter === other ? 0 : 1),
			);
			if (j > 1 && letter === b.charCodeAt(j - 2) && letterBefore === other) {
				value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
			}
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return undefined;
		[beforePrevious, previous, current] = [previous, current, beforePrevious];
	}
	const distance = previous[b.length] as number;
	return distance <= max ? distance : undefined;
}
