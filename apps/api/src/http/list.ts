/** @module paging, sorting, sparse fieldsets and exports shared by the list endpoints */
import { normalizeName } from '@mgi-stories/core';
import type { Context } from 'hono';
import { type Format, MEDIA_TYPES } from './negotiate.js';

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
		...(offset > 0
			? { prev: withPaging(path, params, Math.max(0, Math.min(offset, total) - limit), limit) }
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

/** Sorts by one key (`-key` descending); strings compare accent- and case-insensitively, stably. */
export function sortBy<T>(
	items: readonly T[],
	sort: string,
	keys: Record<string, (item: T) => string | number>,
): T[] {
	const descending = sort.startsWith('-');
	const key = keys[descending ? sort.slice(1) : sort];
	if (!key) return [...items];
	const value = (item: T) => {
		const raw = key(item);
		return typeof raw === 'string' ? normalizeName(raw) : raw;
	};
	const decorated = items.map((item) => ({ item, value: value(item) }));
	decorated.sort((a, b) => {
		const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
		return descending ? -order : order;
	});
	return decorated.map(({ item }) => item);
}

/** Keeps only the requested fields of an item (sparse fieldsets). */
export function pick<T extends object>(item: T, fields: readonly string[] | undefined): T {
	if (!fields) return item;
	const out: Record<string, unknown> = {};
	for (const field of fields)
		if (field in item) out[field] = (item as Record<string, unknown>)[field];
	return out as T;
}

/** True when the client chose the page (exports otherwise return every matching item). */
export const pagingGiven = (c: Context) =>
	c.req.query('limit') !== undefined || c.req.query('offset') !== undefined;

/** A CSV or NDJSON export of a list. */
export function exportResponse(
	c: Context,
	{
		format,
		name,
		body,
		total,
	}: { format: Exclude<Format, 'json'>; name: string; body: string; total: number },
): Response {
	const extension = format === 'csv' ? 'csv' : 'ndjson';
	return c.body(body, 200, {
		'Content-Type': MEDIA_TYPES[format],
		'Content-Disposition': `attachment; filename="${name}.${extension}"`,
		'X-Total-Count': String(total),
		Vary: 'Accept',
	});
}

export const ndjson = (items: readonly unknown[]) =>
	items.map((item) => `${JSON.stringify(item)}\n`).join('');
