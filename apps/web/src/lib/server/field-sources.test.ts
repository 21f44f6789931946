import { governmentById } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/testing/in-locale';
import { fieldSources, m49AreaSources, officialNameSources, sourceName } from './field-sources';

const country = (id: string) => {
	const government = governmentById({ id });
	if (government?.kind !== 'country') throw new Error(`no country ${id}`);
	return government;
};

describe('fieldSources', () => {
	it('names the sources core records for a country’s fields (round 8)', () => {
		expect(fieldSources('altNames')).toEqual(['i18n-iso-countries', 'world-countries']);
		expect(fieldSources('alpha2')).toEqual(['i18n-iso-countries']);
		expect(fieldSources('point')).toEqual(['Natural Earth + polylabel']);
	});

	it('refuses a field no source records, and a source core does not list', () => {
		expect(() => fieldSources('nickname')).toThrow(/no source records the field "nickname"/);
		expect(() => sourceName('wikipedia')).toThrow(/no source "wikipedia"/);
	});
});

describe('officialNameSources', () => {
	it('names world-countries for an English official name, and our reading only where the record says so (Ireland)', () => {
		expect(officialNameSources(country('ALB'))).toEqual(['world-countries']);
		expect(officialNameSources(country('IRL'))).toEqual(['our reading']);
	});

	it('names our reading in the page’s words', () => {
		expect(inLocale('fr', () => sourceName('mgi-stories-reading'))).toBe('notre lecture');
	});

	it('names UNTERM for the formal names the French and Spanish pages show', () => {
		expect(inLocale('fr', () => officialNameSources(country('ALB')))).toEqual(['UNTERM']);
	});
});

describe('m49AreaSources', () => {
	it('names M49 for the areas, in every language', () => {
		expect(m49AreaSources()).toEqual(['M49']);
		expect(inLocale('fr', m49AreaSources)).toEqual(['M49']);
	});
});
