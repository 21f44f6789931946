import { type Country, governmentById } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { otherNames } from './other-names';

const country = (id: string) => governmentById({ id }) as Country;
const languageOf = (id: string, name: string) =>
	otherNames(country(id)).find((other) => other.text === name)?.lang;

const inLocale = (locale: 'fr' | 'es', run: () => void) => {
	overwriteGetLocale(() => locale);
	try {
		run();
	} finally {
		overwriteGetLocale(() => 'en');
	}
};

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

	it('leaves a name in a language the data does not record as unknown, not English', () => {
		expect(languageOf('BOL', 'Wuliwya Suyu')).toBe('');
		expect(languageOf('ALB', 'Shqipëria')).toBe('');
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

	it('writes the typographic apostrophe on a French page, and claims no language the data does not give', () => {
		inLocale('fr', () => {
			expect(otherNames(country('CIV')).map((name) => name.text)).not.toContain(
				"République de Côte d'Ivoire",
			);
			expect(languageOf('CIV', 'République de Côte d’Ivoire')).toBe('');
		});
		expect(languageOf('CIV', "République de Côte d'Ivoire")).toBe('');
	});
});
