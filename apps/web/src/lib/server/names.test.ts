import { countries, governmentById } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/testing/in-locale';
import { areaName, byName, governmentLabel, governmentPlaceInputs, nameOf } from './names';

describe('nameOf', () => {
	it('keeps the booklet’s spelling in English and takes CLDR’s in French and Spanish', () => {
		const germany = governmentById({ id: 'DEU' });
		expect(germany).toBeDefined();
		if (!germany) return;
		expect(inLocale('en', () => nameOf(germany))).toBe(germany.bookletName);
		expect(inLocale('fr', () => nameOf(germany))).toBe('Allemagne');
		expect(inLocale('es', () => nameOf(germany))).toBe('Alemania');
	});

	it('keeps a local authority’s name as printed', () => {
		const authority = countries.flatMap((country) => country.localAuthorities)[0];
		if (!authority) throw new Error('no local authority');
		expect(inLocale('fr', () => nameOf(authority))).toBe(authority.bookletName);
	});
});

describe('governmentLabel', () => {
	it('names a local authority with its country in brackets in every language, as the search page does (round 5)', () => {
		const montreal = governmentById({ id: 'ca-montreal' });
		if (!montreal) throw new Error('no Montreal');
		expect(inLocale('en', () => governmentLabel(montreal))).toBe('Montreal (Canada)');
		expect(inLocale('fr', () => governmentLabel(montreal))).toBe('Montréal (Canada)');
		expect(inLocale('es', () => governmentLabel(montreal))).toBe('Montreal (Canadá)');
		const canada = governmentById({ id: 'CAN' });
		if (!canada) throw new Error('no Canada');
		expect(inLocale('es', () => governmentLabel(canada))).toBe('Canadá');
	});
});

describe('governmentPlaceInputs', () => {
	it('gives a country as a sentence names it, with its article, not as a list does (round 13)', () => {
		const bolivia = governmentById({ id: 'BOL' });
		const oaxaca = governmentById({ id: 'mx-oaxaca' });
		if (!bolivia || !oaxaca) throw new Error('no Bolivia or Oaxaca');
		expect(inLocale('fr', () => governmentPlaceInputs(bolivia))).toEqual({
			name: 'État plurinational de Bolivie',
			nameArticle: 'l',
		});
		expect(inLocale('es', () => governmentPlaceInputs(bolivia))).toEqual({
			name: 'Estado Plurinacional de Bolivia',
			nameArticle: 'el',
		});
		expect(inLocale('fr', () => governmentPlaceInputs(oaxaca))).toMatchObject({
			name: 'Oaxaca (Mexique)',
		});
	});
});

describe('areaName', () => {
	it('names M49 areas in the locale', () => {
		expect(inLocale('en', () => areaName('Africa'))).toBe('Africa');
		expect(inLocale('fr', () => areaName('Africa'))).toBe('Afrique');
		expect(inLocale('es', () => areaName('Latin America and the Caribbean'))).toBe(
			'América Latina y el Caribe',
		);
	});
});

describe('byName', () => {
	it('sorts with the locale’s collation', () => {
		const names = ['Espagne', 'Égypte', 'Estonie'];
		expect(inLocale('fr', () => [...names].sort(byName((name) => name)))).toEqual([
			'Égypte',
			'Espagne',
			'Estonie',
		]);
	});
});
