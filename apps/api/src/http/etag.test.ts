import { describe, expect, it } from 'vitest';
import { encodedTag, entityTag, hash53, noneMatch } from './etag.js';

describe('hash53', () => {
	it('is deterministic and 14 hex digits', () => {
		expect(hash53('/v1/stories?#json')).toBe(hash53('/v1/stories?#json'));
		expect(hash53('abc')).toMatch(/^[0-9a-f]{14}$/);
	});

	it('tells close keys apart', () => {
		expect(hash53('/v1/stories?limit=1')).not.toBe(hash53('/v1/stories?limit=2'));
	});
});

describe('entityTag', () => {
	it('is a strong tag of the media type and the bytes', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(entityTag('application/json', bytes('{}'))).toMatch(/^"[0-9a-f]{14}"$/);
		expect(entityTag('application/json', bytes('{}'))).not.toBe(
			entityTag('text/plain', bytes('{}')),
		);
		expect(entityTag('application/json', bytes('{}'))).not.toBe(
			entityTag('application/json', bytes('[]')),
		);
		// binary bodies (a zip) are hashed as they are
		expect(entityTag('application/zip', new Uint8Array([0x50, 0x4b, 0xff, 0x00]))).toMatch(
			/^"[0-9a-f]{14}"$/,
		);
	});
});

describe('encodedTag', () => {
	it('names the coding inside the quotes', () => {
		expect(encodedTag('"abc"', 'br')).toBe('"abc-br"');
	});
});

describe('noneMatch', () => {
	const etag = '"v-1"';
	it('matches the exact tag, its weak form, a list member and *', () => {
		expect(noneMatch(etag, [etag])).toBe(true);
		expect(noneMatch(`W/${etag}`, [etag])).toBe(true);
		expect(noneMatch(`"other", ${etag}`, [etag])).toBe(true);
		expect(noneMatch('*', [etag])).toBe(true);
	});

	it('does not match other tags or an absent header', () => {
		expect(noneMatch('"v-2"', [etag])).toBe(false);
		expect(noneMatch(undefined, [etag])).toBe(false);
		expect(noneMatch('', [etag])).toBe(false);
	});
});
