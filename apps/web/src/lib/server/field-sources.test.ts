import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { fieldSources, sourceName } from './field-sources';

describe('fieldSources', () => {
	it('names the sources core records for a country’s fields (round 8)', () => {
		expect(fieldSources('altNames')).toEqual(['i18n-iso-countries', 'world-countries']);
		expect(fieldSources('alpha2')).toEqual(['i18n-iso-countries']);
		expect(fieldSources('point')).toEqual(['Natural Earth + polylabel']);
	});

	it('names our reading in the page’s words', () => {
		overwriteGetLocale(() => 'fr');
		try {
			expect(fieldSources('officialName')).toEqual(['world-countries', 'notre lecture']);
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});

	it('refuses a field no source records, and a source core does not list', () => {
		expect(() => fieldSources('nickname')).toThrow(/no source records the field "nickname"/);
		expect(() => sourceName('wikipedia')).toThrow(/no source "wikipedia"/);
	});

	it('names UNTERM for the formal names the French and Spanish pages show', () => {
		expect(sourceName('datasets-country-codes')).toBe('UNTERM');
	});
});
