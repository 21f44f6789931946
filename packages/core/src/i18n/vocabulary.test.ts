import { describe, expect, it } from 'vitest';
import { bookletText } from '../booklet.js';
import { claims, localAuthorities, vocabulary } from '../data.js';
import type { ClaimId, LocalAuthority, Vocabulary } from '../types.js';
import {
	isOurGcmTitle,
	localizedClaim,
	localizedLevelReason,
	localizedLocalAuthority,
	localizedVocabulary,
} from './vocabulary.js';

/** Every id of a vocabulary, in order: what a localized vocabulary must keep. */
const ids = (words: Vocabulary) =>
	words.facets.map((facet) => [facet.id, facet.values.map((value) => value.id)]);

/** Every translatable text of a vocabulary, with where it is. */
const texts = (words: Vocabulary): [string, string][] => [
	['attribution.statement', words.attribution.statement],
	...words.attribution.exceptions.map((e): [string, string] => [
		`exception ${e.part}`,
		e.statement,
	]),
	...words.facets.flatMap((facet): [string, string][] => [
		[`${facet.id}.label`, facet.label],
		[`${facet.id}.description`, facet.description],
		[`${facet.id}.rule`, facet.rule],
		...facet.values.flatMap((value): [string, string][] => [
			[`${facet.id}.${value.id}.label`, value.label],
			[`${facet.id}.${value.id}.description`, value.description],
		]),
	]),
];

describe.each(['fr', 'es'] as const)('localizedVocabulary(%s)', (locale) => {
	const localized = localizedVocabulary({ locale });

	it('has the shape and ids of the vocabulary, and its licence and version', () => {
		expect(ids(localized)).toEqual(ids(vocabulary));
		expect(localized.attribution).toMatchObject({
			author: vocabulary.attribution.author,
			licence: vocabulary.attribution.licence,
			version: vocabulary.attribution.version,
		});
	});

	it('translates every text: non-empty, and not the English', () => {
		const english = new Map(texts(vocabulary));
		const translated = texts(localized);
		expect(translated).toHaveLength(english.size);
		const same = translated.filter(([where, text]) => text === english.get(where));
		for (const [where, text] of translated) expect(text.trim(), where).not.toBe('');
		// only names that read the same in both languages (COVID-19, Diaspora, Institution)
		expect(same.map(([, text]) => text).every((text) => text.length <= 12)).toBe(true);
	});

	it('says the translation is the project’s, and which of the Compact’s objective titles are the UN’s official text', () => {
		expect(localized.attribution.statement).toMatch(/mgi-stories.*CC BY 4\.0/s);
		const gcm = localized.attribution.exceptions.find((e) => e.part === 'gcmObjective labels');
		expect(gcm?.statement).toMatch(/mgi-stories/);
		expect(gcm?.statement).toMatch(/https:\/\/migrationnetwork\.un\.org\//);
		expect(gcm?.statement).toMatch(
			locale === 'fr'
				? /objectifs 1, 2, 4, 6, 8 à 16 et 19 à 23 sont le texte officiel.*objectifs 3, 5, 7, 17 et 18 sont une traduction/s
				: /objetivos 1, 2, 4 a 11, 13, 14 y 18 son el texto oficial.*no comprobada/s,
		);
		const objectives = localized.facets.find((facet) => facet.id === 'gcmObjective')?.values ?? [];
		const official = objectives
			.filter((value) =>
				/título oficial de las Naciones Unidas|intitulé officiel des Nations Unies/.test(
					value.description,
				),
			)
			.map((value) => value.id.replace('objective-', ''));
		expect(official).toEqual(
			locale === 'fr'
				? [
						'1',
						'2',
						'4',
						'6',
						'8',
						'9',
						'10',
						'11',
						'12',
						'13',
						'14',
						'15',
						'16',
						'19',
						'20',
						'21',
						'22',
						'23',
					]
				: ['1', '2', '4', '5', '6', '7', '8', '9', '10', '11', '13', '14', '18'],
		);
	});

	it('quotes SDG 10’s official title as the UN’s, and calls only the summary of target 10.7 our translation (round 5)', () => {
		const sdg = localized.facets
			.find((facet) => facet.id === 'framework')
			?.values.find((value) => value.id === 'sdg-10');
		expect(sdg?.description).toMatch(
			locale === 'fr'
				? /«\u202fRéduire les inégalités dans les pays et d’un pays à l’autre\u202f» \(son intitulé officiel, résolution 70\/1 .*cible 10\.7 .*\(ce résumé de la cible\u202f: traduction du projet mgi-stories\)\.$/
				: /“Reducir la desigualdad en los países y entre ellos” \(su título oficial, resolución 70\/1 .*meta 10\.7 .*\(este resumen de la meta: traducción del proyecto mgi-stories\)\.$/,
		);
	});

	it('keeps the booklet’s words quoted in a rule in English', () => {
		const outcome = localized.facets.find((facet) => facet.id === 'outcome');
		expect(outcome?.rule).toContain('is currently being implemented');
		expect(outcome?.rule).toContain('seeks to simplify procedures');
	});

	it('is frozen and made once', () => {
		expect(Object.isFrozen(localized.facets[0])).toBe(true);
		expect(localizedVocabulary({ locale })).toBe(localized);
	});
});

describe('localizedVocabulary', () => {
	it('is the vocabulary itself in English', () => {
		expect(localizedVocabulary({ locale: 'en' })).toBe(vocabulary);
	});

	it('rejects a locale it does not have', () => {
		expect(() => localizedVocabulary({ locale: 'de' as 'fr' })).toThrow(
			/localizedVocabulary: locale must be/,
		);
	});
});

describe('localizedClaim', () => {
	it('translates the description and check, never the booklet’s quote, facts or section', () => {
		for (const claim of claims) {
			for (const locale of ['fr', 'es'] as const) {
				const localized = localizedClaim(claim, { locale });
				expect(localized.description, claim.id).not.toBe(claim.description);
				expect(localized.check, claim.id).not.toBe(claim.check);
				const { description: _d, check: _c, ...rest } = localized;
				const { description: _ed, check: _ec, ...english } = claim;
				expect(rest).toEqual(english);
			}
			expect(localizedClaim(claim, { locale: 'en' })).toBe(claim);
		}
	});

	it('rejects a claim the dataset does not have', () => {
		const [first] = claims;
		if (!first) throw new Error('no claims');
		expect(() => localizedClaim({ ...first, id: 'made-up' as ClaimId }, { locale: 'fr' })).toThrow(
			/localizedClaim: claim must be one of the dataset’s claims/,
		);
	});
});

describe('isOurGcmTitle', () => {
	it('names the French and Spanish titles the UN text was not found for as our translation', () => {
		const ours = (locale: 'fr' | 'es') =>
			Array.from({ length: 23 }, (_, index) => `objective-${index + 1}`).filter((id) =>
				isOurGcmTitle(id, { locale }),
			);
		expect(ours('fr')).toEqual([
			'objective-3',
			'objective-5',
			'objective-7',
			'objective-17',
			'objective-18',
		]);
		expect(ours('es')).toHaveLength(10);
		expect(isOurGcmTitle('objective-3')).toBe(false);
	});

	it.each(['fr', 'es'] as const)(
		'agrees with each %s title’s description of its source',
		(locale) => {
			const objectives = localizedVocabulary({ locale }).facets.find(
				(facet) => facet.id === 'gcmObjective',
			);
			for (const value of objectives?.values ?? [])
				expect(value.description.includes('mgi-stories'), value.id).toBe(
					isOurGcmTitle(value.id, { locale }),
				);
		},
	);

	it('refuses an id that is not an objective', () => {
		expect(() => isOurGcmTitle('objective-24')).toThrow(/objective-1 to objective-23/);
	});
});

describe('localizedLocalAuthority', () => {
	const authority = (id: string) => {
		const found = localAuthorities.find((candidate) => candidate.id === id);
		if (!found) throw new Error(`no ${id}`);
		return found;
	};

	it('gives a local authority’s level and what its point is in French and Spanish, and the data’s in English', () => {
		const oaxaca = authority('mx-oaxaca');
		expect(localizedLocalAuthority(oaxaca)).toEqual({
			level: 'state',
			levelReason: oaxaca.level.reason,
			pointIs: oaxaca.gazetteer.pointIs,
		});
		expect(localizedLocalAuthority(oaxaca, { locale: 'fr' })).toMatchObject({
			level: 'État',
			pointIs:
				'le siège du gouvernement de l’État (Oaxaca, entité GeoNames PPLA), et non le territoire de l’État',
		});
		expect(localizedLocalAuthority(authority('ca-montreal'), { locale: 'es' })).toMatchObject({
			level: 'municipio',
			pointIs: 'el lugar poblado del municipio (“Montréal” en GeoNames, código de entidad PPLA2)',
		});
	});

	it('words every local authority’s in every locale, naming its GeoNames place and feature', () => {
		for (const locale of ['fr', 'es'] as const)
			for (const local of localAuthorities) {
				const words = localizedLocalAuthority(local, { locale });
				expect(words.pointIs, local.id).toContain(local.gazetteer.name);
				expect(words.pointIs, local.id).toContain(local.gazetteer.feature);
				expect(['municipalité', 'État', 'municipio', 'estado'], local.id).toContain(words.level);
			}
	});

	it('refuses a record that is not a local authority, naming the function and argument', () => {
		expect(() =>
			localizedLocalAuthority({ id: 'nowhere' } as unknown as LocalAuthority, { locale: 'fr' }),
		).toThrow(/localizedLocalAuthority.*authority/);
	});
});

describe('localizedLevelReason', () => {
	const montreal = localAuthorities.find((authority) => authority.id === 'ca-montreal');
	if (!montreal) throw new Error('no Montreal');

	it('gives our reading of a local authority’s level in French and Spanish, and the data’s in English', () => {
		expect(localizedLevelReason(montreal)).toBe(montreal.level.reason);
		expect(localizedLevelReason(montreal, { locale: 'fr' })).toMatch(/^La brochure cite Montréal /);
		expect(localizedLevelReason(montreal, { locale: 'es' })).toMatch(
			/^El folleto incluye Montreal /,
		);
	});

	it('translates every local authority’s, and keeps a quotation of the booklet in English', () => {
		for (const locale of ['fr', 'es'] as const)
			for (const authority of localAuthorities)
				expect(localizedLevelReason(authority, { locale }), authority.id).not.toBe(
					authority.level.reason,
				);
		const saoPaulo = localAuthorities.find((authority) => authority.id === 'br-sao-paulo');
		if (!saoPaulo) throw new Error('no São Paulo');
		expect(localizedLevelReason(saoPaulo, { locale: 'es' })).toContain(
			'“The local MGI process in São Paulo supported the development of the Municipal Plan for Immigrant Policies (2021–2024)”',
		);
	});

	it('quotes the booklet verbatim, in every language, where a level is on the booklet’s word (round 14)', () => {
		const onBookletsWord = localAuthorities.filter(
			(authority) => authority.level.source === 'booklet',
		);
		expect(onBookletsWord.length).toBeGreaterThan(0);
		for (const authority of onBookletsWord) {
			const quotations = (text: string) =>
				[...text.matchAll(/(?:"|“|«\u202f)([^"“”«»]+?)(?:"|”|\u202f»)/gu)].map(
					([, words]) => words,
				);
			const quoted = quotations(authority.level.reason);
			expect(quoted.length, authority.id).toBeGreaterThan(0);
			for (const words of quoted) expect(bookletText, authority.id).toContain(words);
			for (const locale of ['fr', 'es'] as const)
				expect(quotations(localizedLevelReason(authority, { locale })), locale).toEqual(quoted);
		}
	});

	it('says the municipal or state government is how we interpret the name, not what we read in it (round 7)', () => {
		const reading = (id: string, locale: 'fr' | 'es') => {
			const authority = localAuthorities.find((candidate) => candidate.id === id);
			if (!authority) throw new Error(`no ${id}`);
			return localizedLevelReason(authority, { locale });
		};
		expect(reading('ca-montreal', 'fr')).toMatch(
			/\u202f: nous l’interprétons comme l’administration municipale\.$/,
		);
		expect(reading('ca-montreal', 'es')).toMatch(
			/: lo interpretamos como el gobierno municipal\.$/,
		);
		expect(reading('mx-oaxaca', 'fr')).toMatch(
			/\u202f: nous les interprétons comme les gouvernements des quatre États\.$/,
		);
		expect(reading('mx-oaxaca', 'es')).toMatch(
			/: los interpretamos como los gobiernos de los cuatro estados\.$/,
		);
		for (const authority of localAuthorities) {
			expect(localizedLevelReason(authority, { locale: 'fr' })).not.toMatch(/nous y lisons/);
			expect(localizedLevelReason(authority, { locale: 'es' })).not.toMatch(/se leen? como/);
		}
	});
});
