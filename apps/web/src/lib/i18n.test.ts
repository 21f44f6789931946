import { describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from '../../build-steps/pseudo-locale.js';
import {
	alternatePaths,
	atLineStart,
	coreLocale,
	inWords,
	type Locale,
	localePath,
	pathLocale,
	routePath,
	seriesInWords,
} from './i18n';

describe('pathLocale', () => {
	it('reads the locale from the first segment', () => {
		expect(pathLocale('/fr/stories/')).toBe('fr');
		expect(pathLocale('/es/')).toBe('es');
	});

	it('takes English for unprefixed paths and unknown prefixes', () => {
		expect(pathLocale('/')).toBe('en');
		expect(pathLocale('/stories/')).toBe('en');
		expect(pathLocale('/de/stories/')).toBe('en');
		expect(pathLocale('/en/stories/')).toBe('en');
		expect(pathLocale('/france/')).toBe('en');
	});
});

describe('routePath', () => {
	it('strips the locale prefix', () => {
		expect(routePath('/fr/stories/albania/')).toBe('/stories/albania/');
		expect(routePath('/es/')).toBe('/');
		expect(routePath('/es')).toBe('/');
	});

	it('leaves English paths alone', () => {
		expect(routePath('/stories/')).toBe('/stories/');
		expect(routePath('/')).toBe('/');
	});
});

describe('localePath', () => {
	it('prefixes every locale but English', () => {
		expect(localePath('/about/#claims', 'fr')).toBe('/fr/about/#claims');
		expect(localePath('/', 'es')).toBe('/es/');
		expect(localePath('/about/', 'en')).toBe('/about/');
	});
});

describe('alternatePaths', () => {
	it('gives the same page in every locale, from any of them', () => {
		const expected = [
			{ locale: 'en', path: '/stories/level/local/' },
			{ locale: 'fr', path: '/fr/stories/level/local/' },
			{ locale: 'es', path: '/es/stories/level/local/' },
		];
		expect(alternatePaths('/stories/level/local/')).toEqual(expected);
		expect(alternatePaths('/es/stories/level/local/')).toEqual(expected);
	});
});

describe('atLineStart', () => {
	it('capitalises a UN formal name that opens a table cell, in the locale’s rules', () => {
		expect(atLineStart('la République de Maurice', 'fr')).toBe('La République de Maurice');
		expect(atLineStart('l’État plurinational de Bolivie', 'fr')).toBe(
			'L’État plurinational de Bolivie',
		);
		expect(atLineStart('el Canadá', 'es')).toBe('El Canadá');
		expect(atLineStart('Canada', 'en')).toBe('Canada');
	});
});

describe('coreLocale', () => {
	it('gives the page’s own locale where core has words in it', () => {
		expect(coreLocale('fr')).toBe('fr');
		expect(coreLocale('es')).toBe('es');
	});

	it('falls back to English, explicitly, for the pseudo-locale core has no UN names in', () => {
		expect(coreLocale(PSEUDO_LOCALE as Locale)).toBe('en');
	});
});

describe('inWords', () => {
	it('writes zero to nine in words in French and Spanish, in the gender of what is counted', () => {
		expect(inWords(2, 'masculine', 'fr')).toBe('deux');
		expect(inWords(1, 'feminine', 'fr')).toBe('une');
		expect(inWords(1, 'masculine', 'fr')).toBe('un');
		expect(inWords(0, 'feminine', 'fr')).toBe('zéro');
		expect(inWords(1, 'feminine', 'es')).toBe('una');
		expect(inWords(1, 'masculine', 'es')).toBe('un');
		expect(inWords(9, 'masculine', 'es')).toBe('nueve');
	});

	it('keeps figures from ten on, and in English', () => {
		expect(inWords(13, 'masculine', 'fr')).toBe('13');
		expect(inWords(1234, 'feminine', 'fr')).toBe(new Intl.NumberFormat('fr').format(1234));
		expect(inWords(4, 'masculine', 'en')).toBe('4');
	});
});

describe('seriesInWords', () => {
	it('writes a series of small counts in words', () => {
		const words = seriesInWords([2, 1], 'fr');
		expect([words(2, 'masculine'), words(1, 'feminine')]).toEqual(['deux', 'une']);
	});

	it('writes every count of a series in figures when one is ten or more (round 7)', () => {
		const regions = seriesInWords([32, 6, 4], 'fr');
		expect([regions(32, 'masculine'), regions(6, 'masculine'), regions(4, 'masculine')]).toEqual([
			'32',
			'6',
			'4',
		]);
		expect(seriesInWords([10, 2], 'es')(2, 'feminine')).toBe('2');
	});
});
