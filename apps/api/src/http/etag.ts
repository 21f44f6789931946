/** @module strong entity tags derived from the dataset's content hash and the representation */
import { datasetVersion } from '@mgi-stories/core';

/** cyrb53: a fast 53-bit string hash, identical on every JavaScript runtime. */
export function hash53(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The ETag of a representation. The dataset is immutable per version, so the representation is a
 * function of (dataset version, path, normalized query, media type): hashing that key is enough.
 */
export function entityTag(representationKey: string): string {
	return `"${datasetVersion}-${hash53(representationKey)}"`;
}

/** `If-None-Match` (RFC 9110 §13.1.2): weak comparison, list form, and `*`. */
export function noneMatch(header: string | undefined, etag: string): boolean {
	if (!header) return false;
	for (const part of header.split(',')) {
		const candidate = part.trim();
		if (candidate === '*') return true;
		const opaque = candidate.startsWith('W/') ? candidate.slice(2) : candidate;
		if (opaque === etag) return true;
	}
	return false;
}
