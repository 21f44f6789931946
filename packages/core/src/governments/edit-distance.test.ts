import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';

describe('boundedEditDistance', () => {
	it.each([
		['moldova', 'moldova', 0],
		['moldva', 'moldova', 1],
		['gambai', 'gambia', 1],
		['kazakstan', 'kazakhstan', 1],
		['usa', 'rsa', 1],
		['', 'abc', 3],
		['kitten', 'sitting', 3],
	])('measures %s → %s as %i edits', (a, b, distance) => {
		expect(boundedEditDistance(a, b, 5)).toBe(distance);
		expect(boundedEditDistance(b, a, 5)).toBe(distance);
	});

	it('gives up beyond the bound instead of measuring', () => {
		expect(boundedEditDistance('kitten', 'sitting', 2)).toBeUndefined();
		expect(boundedEditDistance('a'.repeat(5000), 'moldova', 3)).toBeUndefined();
		expect(boundedEditDistance('serbia', 'syria', 1)).toBeUndefined();
	});
});
