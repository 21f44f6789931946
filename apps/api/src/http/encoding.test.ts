import { describe, expect, it } from 'vitest';
import { isCompressible, preferredEncoding } from './encoding.js';

describe('preferredEncoding', () => {
	it.each([
		[undefined, undefined],
		['', undefined],
		['identity', undefined],
		['gzip', 'gzip'],
		['gzip, deflate, br', 'br'],
		['br;q=0.5, gzip', 'gzip'],
		['br;q=0, gzip;q=0', undefined],
		['*', 'br'],
		['*;q=0.1, gzip;q=0.5', 'gzip'],
		['GZIP', 'gzip'],
		['br;q=abc, gzip', 'gzip'],
	])('%s → %s', (header, expected) => {
		expect(preferredEncoding(header)).toBe(expected);
	});
});

describe('isCompressible', () => {
	it('takes text and JSON, not binaries', () => {
		expect(isCompressible('application/json')).toBe(true);
		expect(isCompressible('text/csv; charset=utf-8')).toBe(true);
		expect(isCompressible('application/problem+json')).toBe(true);
		expect(isCompressible('application/zip')).toBe(false);
		expect(isCompressible(undefined)).toBe(false);
	});
});
