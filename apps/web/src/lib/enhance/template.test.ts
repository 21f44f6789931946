import { describe, expect, it } from 'vitest';
import { fill } from './template';

describe('fill', () => {
	it('replaces every placeholder it has a value for', () => {
		expect(fill('{shown} of {total} stories', { shown: 2, total: 19 })).toBe('2 of 19 stories');
	});

	it('keeps placeholders it has no value for, and text that only looks like one', () => {
		expect(fill('{shown} of {total} {x-y}', { shown: 1 })).toBe('1 of {total} {x-y}');
	});

	it('does not read inherited properties as values', () => {
		expect(fill('{constructor}', {})).toBe('{constructor}');
	});

	it('inserts values verbatim, even when they contain braces or dollar signs', () => {
		expect(fill('Search “{q}”', { q: '$& {q}' })).toBe('Search “$& {q}”');
	});
});
