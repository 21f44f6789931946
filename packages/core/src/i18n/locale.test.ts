import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LANGUAGES, LOCALES } from './locale.js';

describe('locales', () => {
	it('are English, French and Spanish, English by default', () => {
		expect(LOCALES).toEqual(['en', 'fr', 'es']);
		expect(DEFAULT_LOCALE).toBe('en');
	});

	it('isLocale accepts exactly the three lowercase codes', () => {
		expect(LOCALES.every(isLocale)).toBe(true);
		for (const value of ['FR', 'fr-CA', 'de', '', null, undefined, 1]) {
			expect(isLocale(value), String(value)).toBe(false);
		}
	});

	it('are the keys of the registry, each with its name, Open Graph locale and article data', () => {
		expect(LOCALES).toEqual(Object.keys(LANGUAGES));
		for (const locale of LOCALES) {
			const language = LANGUAGES[locale];
			expect(language.name, locale).not.toBe('');
			expect(language.openGraph, locale).toMatch(new RegExp(`^${locale}_[A-Z]{2}$`));
			expect(new Set(language.articles).size, locale).toBe(language.articles.length);
		}
	});

	it('English has one article, the one UNTERM brackets ("Gambia (the)"), and no elision', () => {
		expect(LANGUAGES.en.articles).toEqual(['the']);
		expect(LANGUAGES.en.elides).toBe(false);
	});
});
