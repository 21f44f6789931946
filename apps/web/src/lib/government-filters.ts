/** @module filters and sorting of the governments table, shared by the prerendered pages and the client */
import { normalizeName } from '@mgi-stories/core';
import type { GovernmentSummary } from './types';

export const SORT_KEYS = [
	'order',
	'name',
	'kind',
	'country',
	'region',
	'subregion',
	'alpha3',
	'localAuthorities',
	'stories',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface GovernmentFilters {
	q: string;
	region: string;
	kind: '' | 'country' | 'local';
	sort: SortKey;
	descending: boolean;
}

export const DEFAULT_FILTERS: GovernmentFilters = {
	q: '',
	region: '',
	kind: '',
	sort: 'order',
	descending: false,
};

/** Parses `region/<slug>` or `kind/<kind>`; undefined when the path is not a filter. */
export function parseGovernmentPath(path: string): Partial<GovernmentFilters> | undefined {
	const [key, value, ...rest] = path.split('/').filter(Boolean);
	if (key === undefined) return {};
	if (rest.length > 0 || !value) return undefined;
	if (key === 'region') return { region: value };
	if (key === 'kind' && (value === 'country' || value === 'local')) return { kind: value };
	return undefined;
}

export function parseGovernmentQuery(params: URLSearchParams): Partial<GovernmentFilters> {
	const filters: Partial<GovernmentFilters> = {};
	const q = params.get('q')?.trim();
	if (q) filters.q = q;
	const region = params.get('region');
	if (region) filters.region = region;
	const kind = params.get('kind');
	if (kind === 'country' || kind === 'local') filters.kind = kind;
	const sort = params.get('sort') ?? '';
	const key = sort.replace(/^-/, '');
	if ((SORT_KEYS as readonly string[]).includes(key)) {
		filters.sort = key as SortKey;
		filters.descending = sort.startsWith('-');
	}
	return filters;
}

export function governmentQuery(filters: GovernmentFilters): string {
	const params = new URLSearchParams();
	if (filters.region) params.set('region', filters.region);
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.q.trim()) params.set('q', filters.q.trim());
	if (filters.sort !== 'order' || filters.descending) {
		params.set('sort', `${filters.descending ? '-' : ''}${filters.sort}`);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Matches names, country and codes, ignoring case and accents. */
export function matchesText(government: GovernmentSummary, q: string): boolean {
	const wanted = normalizeName(q);
	if (!wanted) return true;
	return [
		government.name,
		government.country,
		government.alpha3,
		government.alpha2 ?? '',
		government.numeric ?? '',
		government.id,
	]
		.map(normalizeName)
		.some((field) => field.includes(wanted));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The rows the filters select, sorted. When no name or code contains the text, the rows whose ids
 * core's `resolveGovernment` found for it (`resolved`: misspellings, other names) are shown instead.
 */
export function applyGovernmentFilters(
	rows: readonly GovernmentSummary[],
	filters: GovernmentFilters,
	resolved: ReadonlySet<string> = new Set(),
): GovernmentSummary[] {
	const scoped = rows.filter(
		(row) =>
			(!filters.region || row.regionSlug === filters.region) &&
			(!filters.kind || row.kind === filters.kind),
	);
	const textual = scoped.filter((row) => matchesText(row, filters.q));
	const selected =
		textual.length > 0 || !filters.q.trim()
			? textual
			: scoped.filter((row) => resolved.has(row.id));
	const key = filters.sort;
	const direction = filters.descending ? -1 : 1;
	return selected.sort((a, b) => {
		const x = a[key];
		const y = b[key];
		const order =
			typeof x === 'number' && typeof y === 'number'
				? x - y
				: collator.compare(String(x ?? ''), String(y ?? ''));
		return order * direction || a.order - b.order;
	});
}
