/**
 * @module conditional requests and memoized representations: every public 200 gets a strong ETag
 * from its bytes, `If-None-Match` (or else `If-Modified-Since`) gets 304, and repeats (in each
 * accepted content coding) are answered from a bounded memory with headers built once per variant.
 */
import type { Context, MiddlewareHandler } from 'hono';
import {
	type Compress,
	type Encoding,
	isCompressible,
	MIN_COMPRESSED_BYTES,
	preferredEncoding,
} from '../http/encoding.js';
import { encodedTag, entityTag, noneMatch } from '../http/etag.js';
import { languageKey } from '../http/language.js';
import { notModifiedSince } from '../http/last-modified.js';
import { parseTable } from '../http/parse-table.js';
import { canonicalQuery, MAX_TARGET_LENGTH, targetLength } from '../http/target.js';
import { type DeclaredVariance, declare, INVARIANT } from '../http/variance.js';

/** What the memo reads of a request, whichever runtime (or Hono's context) it comes from. */
export interface RequestView {
	method: string;
	/** the absolute URL as received */
	url: string;
	/** the path as Hono routes it (percent-decoded) */
	path: string;
	header(name: string): string | null | undefined;
}

/** One content coding of a representation, ready to send. */
interface Variant {
	etag: string;
	body: Uint8Array<ArrayBuffer>;
	headers: Record<string, string>;
	notModified: Record<string, string>;
}

interface Entry {
	identity: Variant;
	/** compressed forms, made on first demand */
	encoded: Partial<Record<Encoding, Variant>>;
	/** the tags of every variant made so far: any of them validates (weak comparison) */
	etags: string[];
	/** `Last-Modified` in milliseconds, when the representation has one */
	lastModified: number | undefined;
	compressible: boolean;
	/** answered since the eviction sweep last passed it (the sweep gives it a second chance) */
	used: boolean;
	/** what the entry costs: key, headers and bodies (UTF-16 strings count 2 bytes a character) */
	bytes: number;
	key: string;
}

/** Headers a 304 leaves out (RFC 9110 §15.4.5 keeps the validators, caching, CORS and security ones). */
const DROPPED_ON_304 = new Set([
	'content-type',
	'content-length',
	'content-disposition',
	'content-encoding',
]);

/** Headers that belong to one exchange, never to a stored representation. */
const PER_REQUEST = new Set(['x-request-id', 'date']);

/** what a Map slot, an entry object and its variants cost beyond their strings and bodies */
const ENTRY_OVERHEAD = 512;

export const DEFAULT_CACHE_BYTES = 16_000_000;
export const DEFAULT_CACHE_ENTRIES = 2_000;

/** Which memoized variant answers a request: the representation, and the content coding accepted. */
export interface VariantKey {
	/** path, query (decoded, sorted) and what the route declares it varies on: format, language */
	representation: string;
	/** the coding `Accept-Encoding` prefers (used when the representation is compressible) */
	encoding: Encoding | undefined;
}

const encodingOf = parseTable(preferredEncoding);
/** queries longer than this are canonicalized each time, so the table stays small */
const MAX_TABLED_QUERY = 256;
const tabledQuery = parseTable(canonicalQuery);

/** The canonical query of a URL (see `canonicalQuery`); short queries from a table. */
function queryOf(url: string): string | undefined {
	const at = url.indexOf('?');
	if (at === -1) return '';
	const query = url.slice(at);
	return query.length <= MAX_TABLED_QUERY ? tabledQuery(query) : canonicalQuery(query);
}

/** The variance a path's route declares (see `varies`): what the memo keys on besides the target. */
export type VarianceOf = (path: string) => DeclaredVariance;

const invariant = declare(INVARIANT);

/**
 * Which memoized variant answers a request: the target, then what the request's route declares its
 * representation varies on (the format `Accept` asks for, the language from `lang` or
 * `Accept-Language`), then the content coding. Undefined for targets the guard will reject.
 */
export function variantKey(
	request: RequestView,
	varianceOf: VarianceOf = () => invariant,
): VariantKey | undefined {
	const { url, path } = request;
	if (targetLength(url) > MAX_TARGET_LENGTH) return undefined;
	const query = queryOf(url);
	if (query === undefined) return undefined;
	const variance = varianceOf(path);
	const format =
		variance.formats.length > 0 ? variance.formatKey(request.header('accept') ?? '') : '';
	const language = variance.language ? languageKey(url, request.header('accept-language')) : '';
	const acceptEncoding = request.header('accept-encoding');
	return {
		representation: `${path}?${query}#${format}#${language}`,
		encoding: acceptEncoding ? encodingOf(acceptEncoding) : undefined,
	};
}

/** The request a Hono context holds, as the memo reads it. */
export const contextView = (c: Context): RequestView => ({
	method: c.req.method,
	url: c.req.url,
	path: c.req.path,
	header: (name) => c.req.header(name),
});

/** A memoized answer, ready to send: a runtime writes it as it is, or wraps it in a Response. */
export interface Reply {
	status: 200 | 304;
	/** a plain record: Node writes it as it is, without a Headers round trip */
	headers: Record<string, string>;
	/** null for a 304 and for HEAD */
	body: Uint8Array<ArrayBuffer> | null;
}

export interface MemoOptions {
	/** accounted bytes kept (keys, headers, bodies); the least recently used go first (second-chance); 0 keeps nothing */
	maxBytes?: number;
	/** representations kept at most */
	maxEntries?: number;
	/** compresses bodies for clients that accept br or gzip; without it, bodies go out as they are */
	compress?: Compress;
}

const stringBytes = (record: Record<string, string>) => {
	let bytes = 0;
	for (const name in record) bytes += 2 * (name.length + (record[name]?.length ?? 0));
	return bytes;
};

function variant(
	etag: string,
	body: Uint8Array<ArrayBuffer>,
	shared: Record<string, string>,
	encoding?: Encoding,
): Variant {
	const headers: Record<string, string> = {
		...shared,
		etag,
		'content-length': String(body.byteLength),
	};
	if (encoding) headers['content-encoding'] = encoding;
	const notModified: Record<string, string> = {};
	for (const name in headers) {
		if (!DROPPED_ON_304.has(name)) notModified[name] = headers[name] as string;
	}
	return { etag, body, headers, notModified };
}

const variantBytes = (value: Variant) => value.body.byteLength + 2 * stringBytes(value.headers);

export class RepresentationMemo {
	readonly maxBytes: number;
	readonly maxEntries: number;
	readonly #compress: Compress | undefined;
	#entries = new Map<string, Entry>();
	#bytes = 0;
	#varianceOf: VarianceOf = () => invariant;

	constructor({
		maxBytes = DEFAULT_CACHE_BYTES,
		maxEntries = DEFAULT_CACHE_ENTRIES,
		compress,
	}: MemoOptions = {}) {
		this.maxBytes = maxBytes;
		this.maxEntries = maxEntries;
		this.#compress = compress;
	}

	/** Keys representations by what their routes declare they vary on (the app sets it once built). */
	useVariances(varianceOf: VarianceOf): void {
		this.#varianceOf = varianceOf;
	}

	/** representations kept */
	get size(): number {
		return this.#entries.size;
	}

	/** accounted bytes kept: never above `maxBytes` */
	get bytes(): number {
		return this.#bytes;
	}

	#get(key: string): Entry | undefined {
		const entry = this.#entries.get(key);
		// a hit only marks the entry: reordering the Map on every hit would cost more than the sweep
		if (entry) entry.used = true;
		return entry;
	}

	/**
	 * Second-chance eviction (CLOCK), oldest first: an entry used since the sweep last passed moves
	 * to the back unmarked; an unused one goes.
	 */
	#evict(): void {
		for (const [key, entry] of this.#entries) {
			if (this.#bytes <= this.maxBytes && this.#entries.size <= this.maxEntries) break;
			this.#entries.delete(key);
			if (entry.used) {
				entry.used = false;
				this.#entries.set(key, entry);
			} else {
				this.#bytes -= entry.bytes;
			}
		}
	}

	#keep(entry: Entry): void {
		if (entry.bytes > this.maxBytes || this.#entries.has(entry.key)) return;
		this.#entries.set(entry.key, entry);
		this.#bytes += entry.bytes;
		this.#evict();
	}

	/** The variant in the client's preferred coding, compressed (and accounted) on first demand. */
	#variant(entry: Entry, accepted: Encoding | undefined): Variant {
		const compress = this.#compress;
		if (!accepted || !entry.compressible || !compress) return entry.identity;
		const known = entry.encoded[accepted];
		if (known) return known;
		const { identity } = entry;
		const etag = encodedTag(identity.etag, accepted);
		let made: Variant;
		if (compress === 'runtime') {
			// same bytes: the runtime compresses on the way out and sets the length itself
			const { 'content-length': _, ...headers } = identity.headers;
			made = variant(etag, identity.body, headers, accepted);
			delete made.headers['content-length'];
		} else {
			made = variant(
				etag,
				new Uint8Array(compress(identity.body, accepted)),
				identity.headers,
				accepted,
			);
		}
		entry.encoded[accepted] = made;
		entry.etags.push(etag);
		if (this.#entries.get(entry.key) === entry) {
			const bytes =
				(compress === 'runtime' ? 0 : made.body.byteLength) + 2 * stringBytes(made.headers);
			entry.bytes += bytes;
			this.#bytes += bytes;
			this.#evict();
		}
		return made;
	}

	/** 200 (without its body for HEAD) or 304, with the variant's prebuilt headers. */
	#reply(
		request: RequestView,
		entry: Entry,
		encoding: Encoding | undefined,
		requestId: string | undefined,
	): Reply {
		const chosen = this.#variant(entry, encoding);
		if (isCurrent(request, entry)) {
			const headers = requestId
				? { ...chosen.notModified, 'x-request-id': requestId }
				: chosen.notModified;
			return { status: 304, headers, body: null };
		}
		const headers = requestId ? { ...chosen.headers, 'x-request-id': requestId } : chosen.headers;
		return { status: 200, headers, body: request.method === 'HEAD' ? null : chosen.body };
	}

	/**
	 * The memoized answer to a GET or HEAD, or undefined when there is none yet (the app renders it).
	 * Synchronous and allocation-light: runtimes call it before the app routes the request.
	 */
	reply(request: RequestView, requestId?: string): Reply | undefined {
		const { method } = request;
		if ((method !== 'GET' && method !== 'HEAD') || this.#entries.size === 0) return undefined;
		const key = variantKey(request, this.#varianceOf);
		const hit = key && this.#get(key.representation);
		return hit ? this.#reply(request, hit, key.encoding, requestId) : undefined;
	}

	async #render(key: string, response: Response): Promise<Entry> {
		const shared: Record<string, string> = {};
		response.headers.forEach((value, name) => {
			if (!PER_REQUEST.has(name)) shared[name] = value;
		});
		const contentType = shared['content-type'] ?? '';
		// bytes, not text: downloads may be binary (a zip), and the tag is of what goes on the wire
		const body = new Uint8Array(await response.arrayBuffer());
		const compressible =
			this.#compress !== undefined &&
			isCompressible(contentType) &&
			body.byteLength >= MIN_COMPRESSED_BYTES;
		if (compressible) {
			shared.vary = shared.vary ? `${shared.vary}, Accept-Encoding` : 'Accept-Encoding';
		}
		// the same bytes in another language (Content-Language) are another representation
		const language = shared['content-language'];
		const tagged = language ? `${contentType}; lang=${language}` : contentType;
		const identity = variant(entityTag(tagged, body), body, shared);
		const lastModified = shared['last-modified'];
		return {
			key,
			identity,
			encoded: {},
			etags: [identity.etag],
			lastModified: lastModified ? Date.parse(lastModified) : undefined,
			compressible,
			used: false,
			bytes: ENTRY_OVERHEAD + 2 * key.length + variantBytes(identity),
		};
	}

	/** The middleware that tags, memoizes and conditionally answers what the routes render. */
	middleware(): MiddlewareHandler {
		return async (c, next) => {
			const method = c.req.method;
			if (method !== 'GET' && method !== 'HEAD') return next();
			const request = contextView(c);
			const key = variantKey(request, this.#varianceOf);
			if (key === undefined) return next();
			const requestId = c.get('requestId');
			const hit = this.#get(key.representation);
			if (hit) return toResponse(this.#reply(request, hit, key.encoding, requestId));
			await next();
			const res = c.res;
			if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) {
				await withLength(c);
				return;
			}
			const entry = await this.#render(key.representation, res);
			this.#keep(entry);
			// clear first: assigning over a response would merge the old headers back in
			c.res = undefined;
			c.res = toResponse(this.#reply(request, entry, key.encoding, requestId));
		};
	}
}

/** States the length of a response that is not memoized, so an answer to HEAD says it too. */
async function withLength(c: Context): Promise<void> {
	const res = c.res;
	if (!res.body || res.headers.has('content-length')) return;
	const body = new Uint8Array(await res.arrayBuffer());
	const headers = new Headers(res.headers);
	headers.set('content-length', String(body.byteLength));
	c.res = undefined;
	c.res = new Response(body, { status: res.status, headers });
}

/** A reply as a Fetch response. */
export const toResponse = ({ status, headers, body }: Reply) =>
	new Response(body, { status, headers });

/**
 * RFC 9110 §13.2.2: `If-None-Match` decides when sent (any variant's tag matches, weakly);
 * otherwise `If-Modified-Since` against the representation's `Last-Modified`.
 */
function isCurrent(request: RequestView, entry: Entry): boolean {
	const ifNoneMatch = request.header('if-none-match');
	if (ifNoneMatch) return noneMatch(ifNoneMatch, entry.etags);
	if (entry.lastModified === undefined) return false;
	const ifModifiedSince = request.header('if-modified-since');
	return ifModifiedSince ? notModifiedSince(ifModifiedSince, entry.lastModified) : false;
}
