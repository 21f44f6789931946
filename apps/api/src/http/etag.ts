/** @module strong entity tags derived from the bytes served */

/** cyrb53: a fast 53-bit hash of a string's code units or of bytes, identical on every runtime. */
export function hash53(data: string | Uint8Array, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	const text = typeof data === 'string' ? data : undefined;
	for (let i = 0; i < data.length; i++) {
		const code = text === undefined ? ((data as Uint8Array)[i] as number) : text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The ETag of a representation: a hash of its body bytes seeded by its media type, so any change
 * in what is served (data, code, docs, representation) changes the tag and old tags never get a 304.
 */
export function entityTag(contentType: string, body: Uint8Array): string {
	return `"${hash53(body, Number.parseInt(hash53(contentType).slice(-8), 16))}"`;
}

/** The tag of an encoded (compressed) form: another representation, so another strong tag. */
export const encodedTag = (etag: string, encoding: string) => `${etag.slice(0, -1)}-${encoding}"`;

/** `If-None-Match` (RFC 9110 §13.1.2): weak comparison, list form, and `*`. */
export function noneMatch(header: string | null | undefined, etags: readonly string[]): boolean {
	if (!header) return false;
	for (const part of header.split(',')) {
		const candidate = part.trim();
		if (candidate === '*') return true;
		const opaque = candidate.startsWith('W/') ? candidate.slice(2) : candidate;
		if (etags.includes(opaque)) return true;
	}
	return false;
}
