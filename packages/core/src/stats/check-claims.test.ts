import { describe, expect, it } from 'vitest';
import { bookletText } from '../booklet.js';
import { claims, countries, stories } from '../data.js';
import { ClaimCheckSchema } from '../schema/claim.js';
import { checkClaims } from './check-claims.js';

const check = (id: string) => {
	const found = checkClaims().find((candidate) => candidate.claim.id === id);
	if (!found) throw new Error(`no claim ${id}`);
	return found;
};

/** the booklet's sections, from their heading to the next one */
const section = (from: string, to: string) =>
	bookletText.slice(bookletText.indexOf(from), bookletText.indexOf(to));
const SECTIONS: Record<string, string> = {
	Foreword: section('## FOREWORD', '## The Migration Governance Indicators'),
	'The Migration Governance Indicators': section(
		'## The Migration Governance Indicators',
		'CONTENTS',
	),
};

describe('claims', () => {
	it('quote the booklet verbatim, in the section they name', () => {
		for (const claim of claims) {
			if (claim.quote === null) {
				expect(claim.section, claim.id).toBe('Contents');
				continue;
			}
			expect(SECTIONS[claim.section], claim.id).toContain(claim.quote);
		}
	});

	it('record facts only as the booklet prints them', () => {
		for (const claim of claims)
			for (const value of Object.values(claim.facts ?? {}))
				expect(SECTIONS[claim.section], claim.id).toContain(value);
	});

	it('label every interpretation of the booklet’s words as our reading', () => {
		const interpreting = [
			'foreword-fifth-anniversary',
			'foreword-dozens-of-governments',
			'foreword-uses',
			'foreword-global-commitments',
			'foreword-global-footprint',
			'introduction-all-regions',
		];
		for (const claim of claims)
			if (interpreting.includes(claim.id)) expect(claim.check, claim.id).toMatch(/^Our reading/);
			else expect(claim.check, claim.id).not.toContain('Our reading');
	});

	it('record The Economist Intelligence Unit and the signatory as facts of their own', () => {
		expect(check('foreword-economist-intelligence-unit').claim.facts).toEqual({
			partner: 'The Economist Intelligence Unit',
		});
		expect(check('foreword-signatory').claim.facts).toEqual({
			name: 'António Vitorino',
			title: 'IOM Director General',
		});
	});
});

describe('checkClaims', () => {
	it('is in English in the main entry, and says where French and Spanish are', () => {
		expect(() => checkClaims({ locale: 'fr' } as never)).toThrow(
			/checkClaims: locale must be "en" in the main entry; got "fr": import \{ checkClaims \} from '@mgi-stories\/core\/i18n'/,
		);
	});

	it('gives every claim a verdict that the published schema accepts', () => {
		const checks = checkClaims();
		expect(checks.map((result) => result.claim.id)).toEqual(claims.map((claim) => claim.id));
		for (const result of checks) expect(ClaimCheckSchema.parse(result)).toEqual(result);
	});

	it('checks the claims of one edition when asked, and names the editions when asked for another', () => {
		expect(checkClaims({ edition: '2021' })).toEqual(checkClaims());
		expect(() => checkClaims({ edition: '2024' })).toThrow(
			'checkClaims: edition must be one of "2021"; got "2024"',
		);
	});

	it('reaches these verdicts on the 2021 booklet', () => {
		expect(
			Object.fromEntries(checkClaims().map((result) => [result.claim.id, result.verdict])),
		).toEqual({
			'foreword-fifth-anniversary': 'consistent',
			'foreword-start-year': 'consistent',
			'foreword-economist-intelligence-unit': 'not-checkable',
			'foreword-indicators': 'consistent',
			'foreword-dozens-of-governments': 'consistent',
			'foreword-uses': 'consistent',
			'foreword-global-commitments': 'consistent',
			'foreword-countries': 'consistent',
			'foreword-local-authorities': 'inconsistent',
			'foreword-global-footprint': 'consistent',
			'foreword-national-and-local-governments': 'consistent',
			'foreword-signatory': 'not-checkable',
			'introduction-start-year': 'consistent',
			'introduction-indicators': 'consistent',
			'introduction-national-and-local-levels': 'consistent',
			'introduction-all-regions': 'depends-on-reading',
			'contents-stories': 'consistent',
		});
	});

	it('confirms the 84 countries against the list', () => {
		expect(check('foreword-countries')).toMatchObject({ verdict: 'consistent', counted: 84 });
	});

	it('reports that the list holds 29 local authorities where the foreword claims 30', () => {
		const result = check('foreword-local-authorities');
		expect(result).toMatchObject({ verdict: 'inconsistent', counted: 29 });
		expect(result.detail).toContain('1 fewer than stated');
	});

	it('cannot count indicators but finds "over 90" and "94" consistent', () => {
		expect(check('foreword-indicators')).toMatchObject({
			verdict: 'consistent',
			counted: null,
			values: { stated: 'more than 90', statedElsewhere: ['94'] },
		});
		expect(check('introduction-indicators').detail).toContain('cannot be counted');
	});

	it('dates the fifth anniversary from the launch year to the year of publication', () => {
		expect(check('foreword-fifth-anniversary').values).toEqual({
			launchYear: 2016,
			fifthAnniversaryYear: 2021,
			publicationYear: 2021,
		});
		expect(check('foreword-start-year')).toMatchObject({ verdict: 'consistent', counted: 2016 });
	});

	it('finds no story from Oceania, although four Oceanian countries took part', () => {
		const result = check('introduction-all-regions');
		expect(result.readings).toEqual([
			{ reading: expect.stringContaining('five UN M49 regions'), holds: false },
			{ reading: expect.stringContaining('Asia and the Pacific (our reading)'), holds: true },
		]);
		expect(result.detail).toContain('The booklet does not say which regions it means');
		expect(result.values).toMatchObject({
			storiesByRegion: { Africa: 6, Americas: 3, Asia: 7, Europe: 3, Oceania: 0 },
			missing: ['Oceania'],
		});
		expect(result.detail).toContain('Fiji, Papua New Guinea, Tuvalu, Vanuatu');
		expect(check('foreword-global-footprint')).toMatchObject({
			verdict: 'consistent',
			values: { missing: [] },
		});
	});

	it('counts regions that are the UN M49 regions, Timor-Leste in Asia', () => {
		const regions = check('introduction-all-regions').values.regions;
		for (const country of countries) expect(regions, country.name).toContain(country.region);
		expect(countries.find((country) => country.alpha3 === 'TLS')?.region).toBe('Asia');
	});

	it('finds national governments and São Paulo among the stories', () => {
		expect(check('foreword-national-and-local-governments').values).toEqual({
			national: 18,
			local: 1,
			localGovernments: ['São Paulo'],
		});
	});

	it('reads the three kinds of use from the classification', () => {
		const { values } = check('foreword-uses');
		expect(values).toMatchObject({
			sectoralPolicies: ['cambodia', 'kuwait'],
			actionPlansForGlobalCommitments: ['guinea-bissau', 'iraq', 'sierra-leone'],
		});
		const slugs = stories.map((story) => story.slug);
		for (const use of ['newMigrationPolicies', 'sectoralPolicies'] as const)
			for (const slug of values[use] as string[]) expect(slugs).toContain(slug);
		expect(check('foreword-uses').detail).toMatch(/^Our reading/);
	});

	it('counts São Paulo’s use as a local authority’s, not as Brazil’s (round 7)', () => {
		const { values, detail } = check('foreword-uses');
		expect(values).toMatchObject({ countries: 12, localAuthorities: 1 });
		expect(detail).toContain(
			'In all, 12 countries and 1 local authority evidence at least one use.',
		);
	});

	it('reads "dozens of governments" as at least two dozen, and says it is our reading', () => {
		const result = check('foreword-dozens-of-governments');
		expect(result).toMatchObject({ verdict: 'consistent', counted: 113 });
		expect(result.claim.check).toMatch(/^Our reading/);
		expect(result.detail).toContain('our reading');
	});

	it('gives the reason when a claim is not checkable', () => {
		for (const result of checkClaims().filter((candidate) => candidate.verdict === 'not-checkable'))
			expect(result.detail, result.claim.id).toContain('no other statement in the booklet');
	});
});
