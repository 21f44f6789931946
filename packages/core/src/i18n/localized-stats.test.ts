import { describe, expect, it } from 'vitest';
import { ClaimCheckSchema } from '../schema/claim.js';
import { checkClaims as checkClaimsInEnglish } from '../stats/check-claims.js';
import { countFacets as countFacetsInEnglish } from '../stats/count-facets.js';
import { datasetStats as datasetStatsInEnglish } from '../stats/dataset-stats.js';
import { checkClaims, countFacets, datasetStats } from './localized-stats.js';

describe('checkClaims in French and Spanish', () => {
	const english = checkClaimsInEnglish();

	it.each(['fr', 'es'] as const)(
		'gives the same verdicts, counts and values in %s, with sentences in the locale',
		(locale) => {
			const localized = checkClaims({ locale });
			expect(localized).toHaveLength(english.length);
			localized.forEach((result, at) => {
				const base = english[at];
				expect(ClaimCheckSchema.safeParse(result).success, result.claim.id).toBe(true);
				expect(result.claim.id).toBe(base?.claim.id);
				expect(result.claim.quote).toBe(base?.claim.quote);
				expect(result.claim.facts).toEqual(base?.claim.facts);
				expect({ verdict: result.verdict, counted: result.counted, values: result.values }).toEqual(
					{
						verdict: base?.verdict,
						counted: base?.counted,
						values: base?.values,
					},
				);
				expect(result.detail, result.claim.id).not.toBe(base?.detail);
				expect(result.detail).not.toMatch(/\{[a-zA-Z]+\}/);
			});
		},
	);

	it('words the disagreement on local authorities with Intl plurals, the difference in words in their gender', () => {
		const detail = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.id === 'foreword-local-authorities')
				?.detail;
		expect(detail('fr')).toContain('29 autorités locales');
		expect(detail('fr')).toContain('une de moins qu’annoncé');
		expect(detail('es')).toContain('29 autoridades locales');
		expect(detail('es')).toContain('una menos de lo indicado');
	});

	it('agrees the one local story with its own plural', () => {
		const detail = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find(
				(result) => result.claim.id === 'foreword-national-and-local-governments',
			)?.detail;
		// in figures, as the 18 national stories of the same series (round 7)
		expect(detail('fr')).toContain('et 1 sur un gouvernement local (São Paulo)');
		expect(detail('es')).toContain('y 1 de un gobierno local (São Paulo)');
	});

	it('starts no sentence with a figure', () => {
		for (const locale of ['fr', 'es'] as const)
			for (const { detail } of checkClaims({ locale }))
				for (const sentence of detail.split(/(?<=\.) /)) expect(sentence).not.toMatch(/^\d/);
	});

	it('writes a count from zero to nine in words, a larger one in figures', () => {
		const detail = (locale: 'fr' | 'es', id: string) =>
			checkClaims({ locale }).find((result) => result.claim.id === id)?.detail;
		const commitments = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.subject === 'global-commitments')
				?.detail;
		expect(commitments('fr')).toContain('cinq histoires nomment');
		expect(commitments('es')).toContain('cinco historias nombran');
		expect(detail('es', 'foreword-national-and-local-governments')).toMatch(
			/18 tratan de gobiernos nacionales y 1 de un gobierno local/,
		);
	});

	it('counts countries and local authorities apart, in figures throughout the series, the verb agreeing (round 7)', () => {
		const uses = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.subject === 'uses')?.detail;
		expect(uses('fr')).toContain('dans 10 histoires (');
		expect(uses('fr')).toContain('des politiques sectorielles dans 2 (');
		expect(uses('fr')).toContain(
			'Au total, 12 pays et 1 autorité locale attestent au moins un usage.',
		);
		expect(uses('es')).toContain('políticas sectoriales en 2 (');
		expect(uses('es')).toContain(
			'En total, 12 países y 1 autoridad local acreditan al menos un uso.',
		);
		for (const locale of ['fr', 'es'] as const)
			expect(uses(locale)).not.toMatch(/\b(?:une?|deux|trois|una|dos|tres) \(/);
	});

	it('says on which reading the regions claim holds, in a grammatical French and Spanish sentence', () => {
		const detail = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.id === 'introduction-all-regions')
				?.detail;
		expect(detail('fr')).toContain(
			'si l’on retient les cinq régions M49 des Nations Unies, l’affirmation ne se vérifie pas\u202f; si l’on compte l’Asie et l’Océanie comme une seule région, elle se vérifie.',
		);
		expect(detail('fr')).not.toMatch(/lue comme/);
		expect(detail('es')).toContain(
			'si se toman las cinco regiones M49 de las Naciones Unidas, la afirmación no se cumple',
		);
	});

	it('says the booklet is published « en vísperas de este », not « de él » (round 5)', () => {
		const details = checkClaims({ locale: 'es' }).map((result) => result.detail);
		expect(details.some((detail) => /en vísperas de este\.$/.test(detail))).toBe(true);
		expect(details.filter((detail) => detail.includes('de él'))).toEqual([]);
	});

	it('names a number stated elsewhere by the booklet’s own heading of its section, quoted in English, not by a claim id', () => {
		const detail = (locale: 'en' | 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.id === 'foreword-indicators')?.detail;
		expect(detail('fr')).toContain(
			'94 (section «\u202fThe Migration Governance Indicators\u202f»)',
		);
		expect(detail('es')).toContain('94 (sección “The Migration Governance Indicators”)');
		expect(detail('en')).toContain('94 (section "The Migration Governance Indicators")');
		expect(detail('fr')).not.toContain('introduction-indicators');
	});

	it('names a local story « São Paulo (Brésil) », never « Brésil », and Montréal with its accent', () => {
		const details = (locale: 'fr' | 'es') =>
			checkClaims({ locale })
				.map((result) => result.detail)
				.join(' ');
		expect(details('fr')).toContain('São Paulo (Brésil)');
		expect(details('es')).toContain('São Paulo (Brasil)');
		expect(details('fr')).not.toMatch(/[(,] Brésil[,)]/);
	});

	it('names countries and regions in the locale and never groups a year', () => {
		const regions = checkClaims({ locale: 'es' }).find(
			(result) => result.claim.id === 'introduction-all-regions',
		);
		expect(regions?.detail).toContain('Oceanía');
		expect(regions?.detail).toContain('Fiji, Papua Nueva Guinea, Tuvalu, Vanuatu');
		const start = checkClaims({ locale: 'fr' }).find(
			(result) => result.claim.id === 'foreword-start-year',
		);
		expect(start?.detail).toMatch(/^La brochure indique 2016\u202f;/);
	});

	it('says from which year the list’s heading covers the years, in a sentence of its own (round 15)', () => {
		const start = (locale: 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.id === 'foreword-start-year')?.detail;
		expect(start('fr')).toBe(
			'La brochure indique 2016\u202f; selon son titre, la liste des gouvernements participants couvre les années à partir de 2016.',
		);
		expect(start('es')).toBe(
			'El folleto indica 2016; según su título, la lista de gobiernos participantes abarca los años a partir de 2016.',
		);
	});

	it('says “each of the five regions”, in words, when the participating countries are in all of them', () => {
		const footprint = (locale: 'en' | 'fr' | 'es') =>
			checkClaims({ locale }).find((result) => result.claim.id === 'foreword-global-footprint')
				?.detail;
		expect(footprint('en')).toMatch(
			/^The participating countries are in each of the five UN M49 regions/,
		);
		expect(footprint('fr')).toMatch(
			/^Les pays participants se trouvent dans chacune des cinq régions/,
		);
		expect(footprint('es')).toMatch(
			/^Los países participantes están en cada una de las cinco regiones/,
		);
	});

	it('rejects an unknown locale or option', () => {
		expect(() => checkClaims({ locale: 'de' as 'fr' })).toThrow(/checkClaims: locale must be/);
		expect(() => checkClaims({ lang: 'fr' } as never)).toThrow(/"lang" is not one of its options/);
	});
});

describe('datasetStats in French and Spanish', () => {
	const numbers = ({
		claims: _claims,
		regions: _regions,
		...rest
	}: ReturnType<typeof datasetStats>) => rest;
	it('datasetStats gives the same numbers with the claims checked in the locale', () => {
		const spanish = datasetStats({ locale: 'es' });
		expect(numbers(spanish)).toEqual(numbers(datasetStatsInEnglish()));
		expect(spanish.claims.map((check) => check.verdict)).toEqual(
			datasetStatsInEnglish().claims.map((check) => check.verdict),
		);
		expect(spanish.claims[0]?.detail).toMatch(/^Lanzados en 2016/);
	});
});

describe('countFacets in French and Spanish', () => {
	it('countFacets labels in the locale and counts the same', () => {
		const english = countFacetsInEnglish();
		const spanish = countFacets({ locale: 'es' });
		expect(spanish.map((facet) => facet.values.map((value) => value.count))).toEqual(
			english.map((facet) => facet.values.map((value) => value.count)),
		);
		expect(spanish.find((facet) => facet.facet === 'topic')?.label).toBe('Tema');
	});

	it('is in English in the main entry, and says where French and Spanish are', () => {
		expect(() => countFacetsInEnglish({ locale: 'es' } as never)).toThrow(
			/@mgi-stories\/core\/i18n/,
		);
	});
});
