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
		expect(formatFromAccept('text/csv;q=0')).toBeUndefined();
	});

	it('honours q=0 even under a wildcard: the most specific range decides', () => {
		expect(formatFromAccept('application/json;q=0')).toBeUndefined();
		expect(formatFromAccept('application/json;q=0', ['json'])).toBeUndefined();
		expect(formatFromAccept('*/*, application/json;q=0')).toBe('csv');
		expect(formatFromAccept('*/*, application/json;q=0', ['json'])).toBeUndefined();
		expect(formatFromAccept('application/*;q=0.5, application/json;q=0')).toBe('ndjson');
	});

	it('chooses among the formats a route offers, its first by default', () => {
		expect(formatFromAccept('text/csv', ['json'])).toBeUndefined();
		expect(formatFromAccept('*/*', ['json'])).toBe('json');
		expect(formatFromAccept(undefined, ['json'])).toBe('json');
	});
});

describe('negotiate', () => {
	it('lets the format parameter win over Accept', () => {
		expect(negotiate({ format: 'csv', accept: 'application/json' })).toBe('csv');
	});

	it('lists only the offered media types in a 406', () => {
		expect(() => negotiate({ accept: 'text/csv', offered: ['json'] })).toThrow(ProblemError);
		try {
			negotiate({ accept: 'text/csv', offered: ['json'] });
		} catch (error) {
			expect((error as ProblemError).problem.allowed).toEqual(['application/json']);
		}
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
