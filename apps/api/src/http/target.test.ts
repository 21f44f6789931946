import { describe, expect, it } from 'vitest';
import { canonicalQuery, isDecodable, targetLength } from './target.js';

describe('targetLength', () => {
	it('counts path and query, not the origin', () => {
		expect(targetLength('http://localhost:8787/v1?q=a')).toBe('/v1?q=a'.length);
		expect(targetLength('http://localhost')).toBe(0);
	});
});

describe('isDecodable', () => {
	it.each([
		['http://x/v1/stories', true],
		['http://x/v1/s%C3%A3o?q=S%C3%A3o+Paulo', true],
		['http://x/v1/x%ZZ', false],
		['http://x/v1?q=%E0%A4%A', false],
		['http://x/v1?q=%', false],
		['http://x/v1?q=%C3', false],
	])('%s → %s', (url, expected) => {
		expect(isDecodable(url)).toBe(expected);
	});
});

describe('canonicalQuery', () => {
	it('sorts parameters by name and keeps the order of repeated values', () => {
		expect(canonicalQuery('http://x/v1?b=2&a=1&b=1')).toBe('a=1&b=2&b=1');
	});

	it('makes equivalent encodings equal', () => {
		expect(canonicalQuery('http://x/?q=s%C3%A3o+paulo')).toBe(
			canonicalQuery('http://x/?q=são%20paulo'),
		);
	});

	it('is empty without a query and undefined when undecodable', () => {
		expect(canonicalQuery('http://x/v1')).toBe('');
		expect(canonicalQuery('http://x/v1?')).toBe('');
		expect(canonicalQuery('http://x/v1?q=%ZZ')).toBeUndefined();
	});
});
