/** @module content codings: which one a client accepts, and which bodies are worth compressing */

export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * How bodies get compressed, chosen by the runtime entry so the app stays portable: a function
 * (Node: node:zlib), or `'runtime'` when the runtime encodes a body sent with `Content-Encoding`
 * itself (workerd and Cloudflare do).
 */
export type Compress = ((body: Uint8Array, encoding: Encoding) => Uint8Array) | 'runtime';

/** Bodies smaller than this are sent as they are: compression would not pay for its headers. */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE =
	/^(text\/|application\/(json|problem\+json|x-ndjson|javascript|ld\+json)|application\/[\w.+-]+\+json)/;

export const isCompressible = (contentType: string | undefined) =>
	contentType !== undefined && COMPRESSIBLE.test(contentType);

/**
 * The coding to use for `Accept-Encoding` (RFC 9110 §12.5.3): the best-weighted of br and gzip
 * (br on ties), `*` standing for both; undefined means identity.
 */
export function preferredEncoding(header: string | null | undefined): Encoding | undefined {
	if (!header) return undefined;
	let best: Encoding | undefined;
	let bestQ = 0;
	const weights = new Map<string, number>();
	for (const part of header.split(',')) {
		const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
		const q = params.find((param) => param.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		weights.set(name, Number.isFinite(weight) ? weight : 0);
	}
	for (const encoding of ENCODINGS) {
		const q = weights.get(encoding) ?? weights.get('*') ?? 0;
		if (q > bestQ) {
			best = encoding;
			bestQ = q;
		}
	}
	return best;
}
