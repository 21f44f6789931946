import { describe, expect, it } from 'vitest';
import { ProblemError } from '../problem.js';
import { formatFromAccept, negotiate } from './negotiate.js';

describe('formatFromAccept', () => {
	it.each([
		[undefined, 'json'],
		['', 'json'],
		['*/*', 'json'],
		['application/json', 'json'],
		['text/csv', 'csv'],
		['text/*', 'csv'],
		['application/x-ndjson', 'ndjson'],
		['application/ndjson', 'ndjson'],
		['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'json'],
		['application/json;q=0.5, text/csv', 'csv'],
		['text/csv;q=0, application/json', 'json'],
	])('%s → %s', (accept, format) => {
		expect(formatFromAccept(accept)).toBe(format);
	});

	it('is undefined when nothing acceptable is offered', () => {
		expect(formatFromAccept('image/png')).toBeUndefined();
		expect(formatFromAccept('text/csv;q=0')).toBe('json');
	});
});

describe('negotiate', () => {
	it('lets the format parameter win over Accept', () => {
		expect(negotiate({ format: 'csv', accept: 'application/json' })).toBe('csv');
	});

	it('throws a 406 problem listing the media types it can produce', () => {
		try {
			negotiate({ accept: 'image/png' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ProblemError);
			expect((error as ProblemError).problem.type).toBe('not-acceptable');
			expect((error as ProblemError).problem.allowed).toContain('text/csv; charset=utf-8');
		}
	});
});
