/**
 * @module conditional requests and memoized representations: every public 200 gets a strong ETag
 * from its bytes, `If-None-Match` gets 304, and repeats (in each accepted content coding) are
 * answered from a bounded memory.
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
import { formatFromAccept, NEGOTIATED_PATHS } from '../http/negotiate.js';
import { canonicalQuery, MAX_TARGET_LENGTH, targetLength } from '../http/target.js';

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
	compressible: boolean;
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

/**
 * The key of a representation: path, query (decoded, sorted), on list endpoints the format `Accept`
 * asks for, and on localized endpoints the language (`lang`, else `Accept-Language`). Undefined for
 * targets the guard will reject.
 */
export function representationKey(
	url: string,
	path: string,
	accept: string | null | undefined,
	acceptLanguage?: string | null,
): string | undefined {
	if (targetLength(url) > MAX_TARGET_LENGTH) return undefined;
	const query = canonicalQuery(url);
	if (query === undefined) return undefined;
	const format = NEGOTIATED_PATHS.has(path)
		? (formatFromAccept(accept ?? undefined) ?? 'none')
		: '';
	return `${path}?${query}#${format}#${languageKey(url, path, acceptLanguage)}`;
}

export interface MemoOptions {
	/** accounted bytes kept (keys, headers, bodies); least recently used entries go first; 0 keeps nothing */
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

	constructor({
		maxBytes = DEFAULT_CACHE_BYTES,
		maxEntries = DEFAULT_CACHE_ENTRIES,
		compress,
	}: MemoOptions = {}) {
		this.maxBytes = maxBytes;
		this.maxEntries = maxEntries;
		this.#compress = compress;
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
		if (entry) {
			// least recently used first: Map keeps insertion order
			this.#entries.delete(key);
			this.#entries.set(key, entry);
		}
		return entry;
	}

	#evict(): void {
		for (const [oldest, old] of this.#entries) {
			if (this.#bytes <= this.maxBytes && this.#entries.size <= this.maxEntries) break;
			this.#entries.delete(oldest);
			this.#bytes -= old.bytes;
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
			made = { ...variant(etag, identity.body, headers, accepted) };
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
		if (this.#entries.get(entry.key) === entry) {
			const bytes =
				(compress === 'runtime' ? 0 : made.body.byteLength) + 2 * stringBytes(made.headers);
			entry.bytes += bytes;
			this.#bytes += bytes;
			this.#evict();
		}
		return made;
	}

	#respond(c: Context, entry: Entry): Response {
		const chosen = this.#variant(entry, preferredEncoding(c.req.header('accept-encoding')));
		const requestId: string | undefined = c.get('requestId');
		const ifNoneMatch = c.req.header('if-none-match');
		const etags = ifNoneMatch
			? [entry.identity.etag, ...Object.values(entry.encoded).map((v) => v.etag)]
			: [];
		// plain header records: Node's adapter writes them as they are, without a Headers round trip
		if (ifNoneMatch && noneMatch(ifNoneMatch, etags)) {
			const headers = requestId
				? { ...chosen.notModified, 'x-request-id': requestId }
				: chosen.notModified;
			return new Response(null, { status: 304, headers });
		}
		const headers = requestId ? { ...chosen.headers, 'x-request-id': requestId } : chosen.headers;
		return new Response(c.req.method === 'HEAD' ? null : chosen.body, { status: 200, headers });
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
		return {
			key,
			identity,
			encoded: {},
			compressible,
			bytes: ENTRY_OVERHEAD + 2 * key.length + variantBytes(identity),
		};
	}

	/** The middleware that tags, memoizes and conditionally answers what the routes render. */
	middleware(): MiddlewareHandler {
		return async (c, next) => {
			const method = c.req.method;
			if (method !== 'GET' && method !== 'HEAD') return next();
			const key = representationKey(
				c.req.url,
				c.req.path,
				c.req.header('accept'),
				c.req.header('accept-language'),
			);
			if (key === undefined) return next();
			const hit = this.#get(key);
			if (hit) return this.#respond(c, hit);
			await next();
			const res = c.res;
			if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
			const entry = await this.#render(key, res);
			this.#keep(entry);
			// clear first: assigning over a response would merge the old headers back in
			c.res = undefined;
			c.res = this.#respond(c, entry);
		};
	}
}
