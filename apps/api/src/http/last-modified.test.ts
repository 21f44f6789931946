import { describe, expect, it } from 'vitest';
import { httpDate, notModifiedSince, parseHttpDate } from './last-modified.js';

describe('httpDate', () => {
	it('writes a day as an IMF-fixdate at midnight UTC', () => {
		expect(httpDate('2026-11-29')).toBe('Sun, 29 Nov 2026 00:00:00 GMT');
	});
});

describe('parseHttpDate', () => {
	const noon = Date.UTC(1994, 10, 6, 8, 49, 37);
	it.each([
		'Sun, 06 Nov 1994 08:49:37 GMT',
		'Sunday, 06-Nov-94 08:49:37 GMT',
		'Sun Nov  6 08:49:37 1994',
	])('reads %s (the three forms RFC 9110 accepts)', (value) => {
		expect(parseHttpDate(value)).toBe(noon);
	});

	it.each(['1994-11-06', 'yesterday', '', 'Sun, 06 Nov 1994 08:49:37 CET', '0'])(
		'ignores %j, which is no HTTP-date',
		(value) => {
			expect(parseHttpDate(value)).toBeUndefined();
		},
	);
});

describe('notModifiedSince', () => {
	const modified = Date.UTC(2026, 10, 29);
	it('is true at or after the modification date, false before it or for junk', () => {
		expect(notModifiedSince('Sun, 29 Nov 2026 00:00:00 GMT', modified)).toBe(true);
		expect(notModifiedSince('Mon, 30 Nov 2026 10:00:00 GMT', modified)).toBe(true);
		expect(notModifiedSince('Sat, 28 Nov 2026 23:59:59 GMT', modified)).toBe(false);
		expect(notModifiedSince('not a date', modified)).toBe(false);
	});
});
