import { describe, expect, it } from 'vitest';
import { isLocalizedPath, languageFromAcceptLanguage, requestLanguage } from './language.js';

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
	});
});

describe('isLocalizedPath', () => {
	it('holds for the endpoints with our names and labels, and search', () => {
		for (const path of [
			'/v1/governments',
			'/v1/governments/BRA',
			'/v1/stories/albania',
			'/v1/facets',
			'/v1/stats',
			'/v1/resolve',
			'/v1/search',
		]) {
			expect(isLocalizedPath(path), path).toBe(true);
		}
		for (const path of ['/v1/stories', '/v1/stories/albania/citation', '/v1/source', '/v1']) {
			expect(isLocalizedPath(path), path).toBe(false);
		}
	});
});
