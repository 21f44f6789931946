import { describe, expect, it } from 'vitest';
import { parseTable } from './parse-table.js';

describe('parseTable', () => {
	it('parses each distinct value once, undefined results included', () => {
		const seen: string[] = [];
		const parse = parseTable((value: string) => {
			seen.push(value);
			return value === 'none' ? undefined : value.length;
		});
		expect([parse('ab'), parse('ab'), parse('none'), parse('none')]).toEqual([
			2,
			2,
			undefined,
			undefined,
		]);
		expect(seen).toEqual(['ab', 'none']);
	});

	it('starts over when full, so junk values cannot grow it', () => {
		let parses = 0;
		const parse = parseTable((value: string) => {
			parses++;
			return value;
		}, 2);
		for (const value of ['a', 'b', 'c', 'a']) parse(value);
		// a and b filled it; c emptied it; a is parsed again
		expect(parses).toBe(4);
		parse('c');
		expect(parses).toBe(4);
	});
});
