import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALES } from './locale.js';

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
});
