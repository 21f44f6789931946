/** @module paging, sorting, sparse fieldsets and exports shared by the list endpoints */
import { type Column, type CsvVariant, type Locale, toCsv } from '@mgi-stories/core';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { ProblemError } from '../problem.js';
import { type Format, MEDIA_TYPES, negotiate } from './negotiate.js';

export interface Page {
	total: number;
	limit: number;
	offset: number;
}

const withPaging = (path: string, params: URLSearchParams, offset: number, limit: number) => {
	const next = new URLSearchParams(params);
	next.set('offset', String(offset));
	next.set('limit', String(limit));
	return `${path}?${next}`;
};

/** `meta`, body `links` and the RFC 8288 `Link` header value for one page of a list. */
export function paging(c: Context, { total, limit, offset }: Page) {
	const path = c.req.path;
	const params = new URL(c.req.url).searchParams;
	const query = params.toString();
	const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
	const links: Record<string, string> = {
		self: query ? `${path}?${query}` : path,
		first: withPaging(path, params, 0, limit),
		// past the end, the previous page is the last one; otherwise one page back
		...(offset > 0
			? {
					prev: withPaging(
						path,
						params,
						offset >= total ? lastOffset : Math.max(0, offset - limit),
						limit,
					),
				}
			: {}),
		...(offset + limit < total ? { next: withPaging(path, params, offset + limit, limit) } : {}),
		last: withPaging(path, params, lastOffset, limit),
		source: '/v1/source',
	};
	const header = (['first', 'prev', 'next', 'last'] as const)
		.filter((rel) => links[rel])
		.map((rel) => `<${links[rel]}>; rel="${rel}"`)
		.join(', ');
	return {
		meta: { total, limit, offset },
		links: links as {
			self: string;
			first: string;
			prev?: string;
			next?: string;
			last: string;
			source: string;
		},
		header,
	};
}

const collators = new Map<string, Intl.Collator>();

/** The locale's collation (made once per locale: a collator costs far more than a comparison). */
function collatorFor(locale: string): Intl.Collator {
	let collator = collators.get(locale);
	if (!collator) {
		collator = new Intl.Collator(locale);
		collators.set(locale, collator);
	}
	return collator;
}

/** What a sort key reads from an item, in the response's language. */
export type SortKey<T> = (item: T, locale: Locale) => string | number;

/**
 * Sorts by one key (`-key` descending), stably; strings by the collation of `locale` (so "Cambodia"
 * comes before "Cape Verde" in English, and accents and case sort as that language sorts them).
 */
export function sortBy<T>(
	items: readonly T[],
	sort: string,
	keys: Record<string, SortKey<T>>,
	locale: Locale = 'en',
): T[] {
	const descending = sort.startsWith('-');
	const key = keys[descending ? sort.slice(1) : sort];
	if (!key) return [...items];
	const collator = collatorFor(locale);
	const decorated = items.map((item) => ({ item, value: key(item, locale) }));
	decorated.sort((a, b) => {
		const order =
			typeof a.value === 'string' && typeof b.value === 'string'
				? collator.compare(a.value, b.value)
				: a.value < b.value
					? -1
					: a.value > b.value
						? 1
						: 0;
		return descending ? -order : order;
	});
	return decorated.map(({ item }) => item);
}

/** Keeps only the requested fields of an item (sparse fieldsets), its key always first. */
export function pick<T extends object>(
	item: T,
	fields: readonly string[] | undefined,
	key: keyof T & string,
): Partial<T> {
	if (!fields) return item;
	const out: Record<string, unknown> = { [key]: item[key] };
	for (const field of fields)
		if (Object.hasOwn(item, field)) out[field] = (item as Record<string, unknown>)[field];
	return out as Partial<T>;
}

/** True when the client chose the page (exports otherwise return every matching item). */
export const pagingGiven = (c: Context) =>
	c.req.query('limit') !== undefined || c.req.query('offset') !== undefined;

/** The end of an export's file name, as the downloads name theirs (`stories-excel.csv`). */
const FILE_SUFFIXES: Readonly<Record<Exclude<Format, 'json'>, string>> = {
	csv: '.csv',
	'csv-excel': '-excel.csv',
	ndjson: '.ndjson',
};

/** The CSV variant of each CSV format. */
const CSV_FORMATS: Readonly<Partial<Record<Format, CsvVariant>>> = {
	csv: 'standard',
	'csv-excel': 'excel',
};

/** A CSV or NDJSON export of a list. */
function exportResponse(
	c: Context,
	{
		format,
		name,
		body,
		total,
	}: { format: Exclude<Format, 'json'>; name: string; body: string; total: number },
): Response {
	return c.body(body, 200, {
		'Content-Type': MEDIA_TYPES[format],
		'Content-Disposition': `attachment; filename="${name}${FILE_SUFFIXES[format]}"`,
		'X-Total-Count': String(total),
	});
}

export const ndjson = (items: readonly unknown[]) =>
	items.map((item) => `${JSON.stringify(item)}\n`).join('');

/** What the list endpoints take besides their filters. */
export interface ListQuery {
	fields?: string[];
	sort?: string;
	limit: number;
	offset: number;
	format?: Format;
}

/**
 * One list response, for every list endpoint: negotiated format (JSON page, or a CSV/NDJSON export
 * of every match), sorting, sparse fieldsets keeping the key, paging links and `X-Total-Count`.
 */
/** A page of a list, as JSON (what Hono's typed client sees; exports are text). */
export interface ListPage<Item> {
	data: Partial<Item>[];
	/** paging, and what else the list reports (e.g. duplicate codes of a bulk lookup) */
	meta: Page & { [more: string]: unknown };
	links: ReturnType<typeof paging>['links'];
}

export function listResponse<Row, Item extends object>(
	c: Context,
	{
		name,
		rows,
		query: { fields, sort, limit, offset, format },
		sortKeys = {},
		locale = 'en',
		meta,
		toItem,
		key,
		columns,
	}: {
		/** file name of exports */
		name: string;
		rows: readonly Row[];
		query: ListQuery;
		sortKeys?: Record<string, SortKey<Row>>;
		/** the response's language: sorting follows its collation */
		locale?: Locale;
		/** more about this answer, beside the paging in `meta` */
		meta?: Record<string, unknown>;
		toItem: (row: Row) => Item;
		/** the field `fields=` always keeps */
		key: keyof Item & string;
		/** CSV columns; without them the list has no exports */
		columns?: readonly Column<Row>[];
	},
): Response & TypedResponse<JSONParsed<ListPage<Item>>, 200, 'json'> {
	const chosen = columns ? negotiate({ format, accept: c.req.header('accept') }) : 'json';
	const csvVariant = CSV_FORMATS[chosen];
	if (fields && csvVariant) {
		throw new ProblemError({
			type: 'invalid-parameter',
			detail: 'The fields parameter applies to JSON and NDJSON; CSV has a fixed set of columns.',
			invalidParams: [{ name: 'fields', reason: `not available with format ${chosen}` }],
		});
	}
	const ordered = sort ? sortBy(rows, sort, sortKeys, locale) : rows;
	c.header('X-Total-Count', String(ordered.length));
	if (chosen !== 'json' && columns) {
		const selected = pagingGiven(c) ? ordered.slice(offset, offset + limit) : ordered;
		const body = csvVariant
			? toCsv({ columns: [...columns], rows: selected }, { variant: csvVariant })
			: ndjson(selected.map((row) => pick(toItem(row), fields, key)));
		// the same status with a text body: Hono's typed client describes the JSON page
		return exportResponse(c, { format: chosen, name, body, total: ordered.length }) as never;
	}
	const page = paging(c, { total: ordered.length, limit, offset });
	c.header('Link', page.header, { append: true });
	return c.json<ListPage<Item>, 200>(
		{
			data: ordered.slice(offset, offset + limit).map((row) => pick(toItem(row), fields, key)),
			meta: { ...page.meta, ...meta },
			links: page.links,
		},
		200,
	);
}
