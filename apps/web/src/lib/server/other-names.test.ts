import { type Country, governmentById } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/testing/in-locale';
import { formerNameSources, otherNames } from './other-names';

const country = (id: string) => governmentById({ id }) as Country;
const languageOf = (id: string, name: string) =>
	otherNames(country(id)).find((other) => other.text === name)?.lang;

describe('otherNames', () => {
	it('marks each name by its own language, never the list as a whole', () => {
		expect(languageOf('BOL', 'Bolivia, Plurinational State of')).toBe('en');
		expect(languageOf('BOL', 'Estado Plurinacional de Bolivia')).toBe('es');
		expect(languageOf('COM', 'Union des Comores')).toBe('fr');
		inLocale('fr', () => expect(languageOf('COM', 'Union of the Comoros')).toBe('en'));
	});

	it('marks a former name ISO 3166-3 records as English and as a former name', () => {
		inLocale('fr', () => {
			expect(otherNames(country('TLS')).find((other) => other.text === 'East Timor')).toEqual({
				text: 'East Timor',
				lang: 'en',
				former: true,
			});
			expect(otherNames(country('SWZ')).every((other) => !other.former)).toBe(true);
		});
	});

	it('says which source records a country’s former names, none where it has none (round 8)', () => {
		expect(formerNameSources(country('TLS'))).toEqual(['iso-3166-3']);
		expect(formerNameSources(country('MKD'))).toEqual([]);
	});

	it('marks a name by the language world-countries gives it among two, or with its apostrophe typed otherwise (round 8)', () => {
		inLocale('fr', () => {
			expect(languageOf('GNB', 'República da Guiné-Bissau')).toBe('pt');
			expect(languageOf('UZB', 'O‘zbekiston Respublikasi')).toBe('uz');
			expect(languageOf('UZB', 'Ўзбекистон Республикаси')).toBe('');
		});
	});

	it('marks a name by the language a source gives it, and leaves one no source labels unknown (round 5)', () => {
		inLocale('es', () => {
			expect(languageOf('CIV', 'République de Côte d’Ivoire')).toBe('fr');
			expect(languageOf('CIV', 'Cote d’Ivoire')).toBe('en');
			expect(languageOf('GMB', 'The Gambia')).toBe('en');
			expect(languageOf('IRL', 'Republic of Ireland')).toBe('en');
			expect(languageOf('IRL', 'Éire')).toBe('ga');
			expect(languageOf('TUR', 'Republic of Turkey')).toBe('en');
			expect(languageOf('TUR', 'Turkiye')).toBe('en');
			expect(languageOf('ZAF', 'RSA')).toBe('en');
			expect(languageOf('MDG', 'Repoblikan’i Madagasikara')).toBe('mg');
			expect(languageOf('BOL', 'Wuliwya Suyu')).toBe('ay');
			expect(languageOf('ZAF', 'Suid-Afrika')).toBe('');
		});
	});

	it('shows no « 남한 » for the Republic of Korea: not a name of the state (round 5)', () => {
		expect(otherNames(country('KOR')).map((name) => name.text)).not.toContain('남한');
	});

	it('leaves out the names the page already shows: its own, the booklet’s and the official one', () => {
		const texts = (id: string) => otherNames(country(id)).map((name) => name.text);
		expect(texts('BOL')).not.toContain('Plurinational State of Bolivia');
		expect(texts('TLS')).not.toContain('Democratic Republic of Timor-Leste');
		expect(texts('BOL')).toContain('Wuliwya Suyu');
		inLocale('fr', () => {
			expect(texts('TLS')).toContain('Democratic Republic of Timor-Leste');
			expect(texts('CIV')).not.toContain('Côte d’Ivoire');
		});
	});

	it('writes the typographic apostrophe in every name on every page, the house style', () => {
		for (const locale of ['fr', 'es'] as const)
			inLocale(locale, () => {
				const texts = otherNames(country('CIV')).map((name) => name.text);
				expect(texts).toContain('République de Côte d’Ivoire');
				expect(texts.filter((text) => text.includes("'"))).toEqual([]);
			});
		expect(languageOf('MDG', 'Repoblikan’i Madagasikara')).toBe('mg');
	});
});
