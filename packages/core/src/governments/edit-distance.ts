/**
 * The optimal-string-alignment distance between two strings (insertions, deletions, substitutions and
 * transpositions of neighbours each cost 1), or `undefined` as soon as it must exceed `max`: the work
 * is bounded by a band of width 2·max+1, so a long string costs no more than a short one.
 */
export function boundedEditDistance(a: string, b: string, max: number): number | undefined {
	if (Math.abs(a.length - b.length) > max) return undefined;
	const width = b.length + 1;
	let beforePrevious = new Array<number>(width).fill(Number.POSITIVE_INFINITY);
	let previous = Array.from({ length: width }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = new Array<number>(width).fill(Number.POSITIVE_INFINITY);
		const from = Math.max(1, i - max);
		const to = Math.min(b.length, i + max);
		if (i <= max) current[0] = i;
		let rowMin = current[0] as number;
		for (let j = from; j <= to; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return undefined;
		beforePrevious = previous;
		previous = current;
	}
	const distance = previous[b.length] as number;
	return distance <= max ? distance : undefined;
}
