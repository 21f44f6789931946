import { describe, expect, it } from 'vitest';
import { inFigures } from './in-figures.js';

describe('inFigures', () => {
	it('writes a series in figures when one of its counts is ten or more', () => {
		expect(inFigures([10, 2, 3])).toBe(true);
		expect(inFigures([32, 6])).toBe(true);
	});

	it('writes a series of counts from zero to nine in words', () => {
		expect(inFigures([5, 2])).toBe(false);
		expect(inFigures([0, 9])).toBe(false);
	});

	it('writes a count that is no whole number from zero in figures', () => {
		expect(inFigures([1.5])).toBe(true);
		expect(inFigures([-1])).toBe(true);
	});
});
