/** @module lists of marked-up items (a `<cite>` each) as the locale joins them in running text */

/**
 * `items` with the words the locale puts before each in a list ("A and B", « A et B »,
 * "A, B y C"): the first has none, so a template can mark each item up and keep the locale's joins.
 * @example listed(['A', 'B', 'C'], 'en') // [{ item: 'A', before: '' }, { item: 'B', before: ', ' }, { item: 'C', before: ', and ' }]
 */
export function listed<T>(items: readonly T[], locale: string): { item: T; before: string }[] {
	const listing: { item: T; before: string }[] = [];
	let before = '';
	const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(
		items.map((_, index) => String(index)),
	);
	for (const part of parts) {
		if (part.type === 'literal') before += part.value;
		else {
			listing.push({ item: items[Number(part.value)] as T, before });
			before = '';
		}
	}
	return listing;
}
