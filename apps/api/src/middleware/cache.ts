/** @module conditional requests and memoized representations (the dataset is immutable per version) */
import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import { entityTag, noneMatch } from '../http/etag.js';
import { formatFromAccept, NEGOTIATED_PATHS } from '../http/negotiate.js';
import { canonicalQuery, MAX_TARGET_LENGTH, targetLength } from '../http/target.js';

interface Entry {
	etag: string;
	/** encoded once, so replaying costs no UTF-8 encoding */
	body: Uint8Array<ArrayBuffer>;
	headers: Record<string, string>;
	notModified: Record<string, string>;
}

/** Headers a 304 leaves out (RFC 9110 §15.4.5 keeps the validators, caching, CORS and security ones). */
const DROPPED_ON_304 = new Set(['content-type', 'content-length', 'content-disposition']);

/**
 * The key of a representation: path, query (decoded, sorted) and, on list endpoints, the format
 * `Accept` asks for. Undefined for targets the guard will reject.
 */
export function representationKey(
	url: string,
	path: string,
	accept: string | null | undefined,
): string | undefined {
	if (targetLength(url) > MAX_TARGET_LENGTH) return undefined;
	const query = canonicalQuery(url);
	if (query === undefined) return undefined;
	const format = NEGOTIATED_PATHS.has(path)
		? (formatFromAccept(accept ?? undefined) ?? 'none')
		: '';
	return `${path}?${query}#${format}`;
}

export interface MemoOptions {
	/** total bytes of memoized bodies kept; least recently used entries go first (0 turns it off) */
	maxBytes?: number;
}

/**
 * Public 200 representations, kept after their first rendering: every one gets a strong ETag,
 * `If-None-Match` is answered with 304, and repeats are answered from memory.
 */
export class RepresentationMemo {
	readonly maxBytes: number;
	#entries = new Map<string, Entry>();
	#bytes = 0;

	constructor({ maxBytes = 16_000_000 }: MemoOptions = {}) {
		this.maxBytes = maxBytes;
	}

	get size(): number {
		return this.#entries.size;
	}

	#get(key: string): Entry | undefined {
		const entry = this.#entries.get(key);
		if (entry) {
			// least recently used first: Map keeps insertion order
			this.#entries.delete(key);
			this.#entries.set(key, entry);
		}
		return entry;
	}

	#set(key: string, entry: Entry): void {
		if (entry.body.byteLength > this.maxBytes || this.#entries.has(key)) return;
		this.#entries.set(key, entry);
		this.#bytes += entry.body.byteLength;
		for (const [oldest, old] of this.#entries) {
			if (this.#bytes <= this.maxBytes) break;
			this.#entries.delete(oldest);
			this.#bytes -= old.body.byteLength;
		}
	}

	#respond(entry: Entry, method: string, ifNoneMatch: string | null | undefined): Response {
		if (noneMatch(ifNoneMatch ?? undefined, entry.etag)) {
			return new Response(null, { status: 304, headers: entry.notModified });
		}
		return new Response(method === 'HEAD' ? null : entry.body, {
			status: 200,
			headers: entry.headers,
		});
	}

	/** Answers a memoized representation before any routing; undefined when there is none. */
	answer(request: Request): Response | undefined {
		if (this.#entries.size === 0) return undefined;
		const method = request.method;
		if (method !== 'GET' && method !== 'HEAD') return undefined;
		const key = representationKey(request.url, getPath(request), request.headers.get('accept'));
		const entry = key === undefined ? undefined : this.#get(key);
		return entry && this.#respond(entry, method, request.headers.get('if-none-match'));
	}

	/** The middleware that tags, memoizes and conditionally answers what the routes render. */
	middleware(): MiddlewareHandler {
		return async (c, next) => {
			const method = c.req.method;
			if (method !== 'GET' && method !== 'HEAD') return next();
			const key = representationKey(c.req.url, c.req.path, c.req.header('accept'));
			if (key === undefined) return next();
			const ifNoneMatch = c.req.header('if-none-match');
			const hit = this.#get(key);
			if (hit) return this.#respond(hit, method, ifNoneMatch);
			await next();
			const res = c.res;
			if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
			const etag = entityTag(key);
			if (this.maxBytes === 0) {
				// nothing will be kept: tag the response as it is
				res.headers.set('ETag', etag);
				if (noneMatch(ifNoneMatch, etag)) {
					const headers = new Headers(res.headers);
					for (const name of DROPPED_ON_304) headers.delete(name);
					c.res = undefined;
					c.res = new Response(null, { status: 304, headers });
				}
				return;
			}
			const headers: Record<string, string> = {};
			res.headers.forEach((value, name) => {
				headers[name] = value;
			});
			headers.etag = etag;
			const entry: Entry = {
				etag,
				// bytes, not text: text() would drop a CSV's byte order mark and garble a zip
				body: new Uint8Array(await res.arrayBuffer()),
				headers,
				notModified: Object.fromEntries(
					Object.entries(headers).filter(([name]) => !DROPPED_ON_304.has(name)),
				),
			};
			this.#set(key, entry);
			// clear first: assigning over a response would merge the old headers back in
			c.res = undefined;
			c.res = this.#respond(entry, 'GET', ifNoneMatch);
		};
	}
}
