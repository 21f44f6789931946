/** @module story filters shared by the prerendered pages and the client: URL forms and matching */

export const FILTER_KEYS = [
	'region',
	'level',
	'outcome',
	'topic',
	'framework',
	'domain',
	'gcmObjective',
	'edition',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string[]>>;

export interface StoryFilters {
	q: string;
	values: FilterValues;
}

/** Anything that can be filtered: its values for each filter key. */
export interface Filterable {
	filters: Record<FilterKey, string[]>;
}

const URL_KEYS: Record<FilterKey, string> = {
	region: 'region',
	level: 'level',
	outcome: 'outcome',
	topic: 'topic',
	framework: 'framework',
	domain: 'domain',
	gcmObjective: 'gcm-objective',
	edition: 'edition',
};

/** The key as it appears in URLs (`gcm-objective`). */
export const urlKey = (key: FilterKey): string => URL_KEYS[key];

/** The filter key a URL segment or query parameter names, if any. */
export function keyOfUrl(segment: string): FilterKey | undefined {
	return FILTER_KEYS.find((key) => URL_KEYS[key] === segment);
}

/** The prerendered page of a single filter value (the no-JavaScript path). */
export const filterPath = (key: FilterKey, value: string): string =>
	`/stories/${urlKey(key)}/${encodeURIComponent(value)}/`;

/** Parses the rest of a `/stories/<key>/<value>/` path; undefined when it is not a filter path. */
export function parseFilterPath(path: string): FilterValues | undefined {
	const segments = path.split('/').filter(Boolean);
	if (segments.length === 0) return {};
	if (segments.length !== 2) return undefined;
	const [segment = '', value = ''] = segments;
	const key = keyOfUrl(segment);
	return key && value ? { [key]: [decodeURIComponent(value)] } : undefined;
}

/** Reads filters from query parameters (`?topic=health&topic=data&region=africa&q=…`). */
export function parseQuery(params: URLSearchParams): StoryFilters {
	const values: FilterValues = {};
	for (const key of FILTER_KEYS) {
		const wanted = params
			.getAll(urlKey(key))
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.filter(Boolean);
		if (wanted.length > 0) values[key] = [...new Set(wanted)];
	}
	return { q: params.get('q')?.trim() ?? '', values };
}

/** The query string of some filters, in a stable order ('' when nothing is filtered). */
export function toQuery(filters: StoryFilters): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		for (const value of [...(filters.values[key] ?? [])].sort()) params.append(urlKey(key), value);
	}
	if (filters.q.trim()) params.set('q', filters.q.trim());
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether any filter or a query is set. */
export const isFiltered = (filters: StoryFilters): boolean =>
	filters.q.trim() !== '' || FILTER_KEYS.some((key) => (filters.values[key]?.length ?? 0) > 0);

/** Values within one key are alternatives (OR); different keys all apply (AND), as in core's filterStories. */
export function matches(item: Filterable, values: FilterValues, except?: FilterKey): boolean {
	return FILTER_KEYS.every((key) => {
		const wanted = values[key];
		if (key === except || !wanted || wanted.length === 0) return true;
		return wanted.some((value) => item.filters[key].includes(value));
	});
}

/** Adds or removes one value. */
export function toggle(values: FilterValues, key: FilterKey, value: string): FilterValues {
	const current = values[key] ?? [];
	const next = current.includes(value)
		? current.filter((candidate) => candidate !== value)
		: [...current, value];
	const result: FilterValues = { ...values };
	if (next.length > 0) result[key] = next;
	else delete result[key];
	return result;
}

/** How many items each value of `key` would select, given the other active filters. */
export function optionCounts(
	items: readonly Filterable[],
	values: FilterValues,
	key: FilterKey,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) {
		if (!matches(item, values, key)) continue;
		for (const value of new Set(item.filters[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}
