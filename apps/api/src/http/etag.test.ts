import { datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { entityTag, hash53, noneMatch } from './etag.js';

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
	it('is a strong tag naming the dataset version', () => {
		expect(entityTag('/v1')).toMatch(new RegExp(`^"${datasetVersion}-[0-9a-f]{14}"$`));
	});
});

describe('noneMatch', () => {
	const etag = '"v-1"';
	it('matches the exact tag, its weak form, a list member and *', () => {
		expect(noneMatch(etag, etag)).toBe(true);
		expect(noneMatch(`W/${etag}`, etag)).toBe(true);
		expect(noneMatch(`"other", ${etag}`, etag)).toBe(true);
		expect(noneMatch('*', etag)).toBe(true);
	});

	it('does not match other tags or an absent header', () => {
		expect(noneMatch('"v-2"', etag)).toBe(false);
		expect(noneMatch(undefined, etag)).toBe(false);
		expect(noneMatch('', etag)).toBe(false);
	});
});
