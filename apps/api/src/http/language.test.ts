import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage, languageKey, requestLanguage } from './language.js';

describe('languageFromAcceptLanguage', () => {
	it.each([
		[undefined, 'en'],
		['', 'en'],
		['fr', 'fr'],
		['fr-CA', 'fr'],
		['ES-419', 'es'],
		['de-CH, fr;q=0.8, en;q=0.5', 'fr'],
		['en;q=0.4, es;q=0.9', 'es'],
		['es;q=0.5, fr;q=0.5', 'es'],
		['fr;q=0, es;q=0.1', 'es'],
		['de, *;q=0.5', 'en'],
		['de, it', 'en'],
		['fr;q=abc, es;q=0.2', 'es'],
		['fr;q=2, es;q=0.2', 'es'],
	])('%j prefers %s', (header, expected) => {
		expect(languageFromAcceptLanguage(header)).toBe(expected);
	});
});

describe('requestLanguage', () => {
	it('lets a valid lang win over Accept-Language', () => {
		expect(requestLanguage('es', 'fr')).toBe('es');
		expect(requestLanguage(undefined, 'fr')).toBe('fr');
		expect(requestLanguage('ES', 'fr')).toBe('es');
	});
});

describe('languageKey', () => {
	it('reads lang from the URL, else Accept-Language', () => {
		expect(languageKey('http://x/v1/facets?lang=FR', 'es')).toBe('fr');
		expect(languageKey('http://x/v1/facets', 'es-419')).toBe('es');
		expect(languageKey('http://x/v1/facets?lang=de', undefined)).toBe('en');
	});
});
