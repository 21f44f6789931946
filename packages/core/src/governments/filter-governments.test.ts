import { describe, expect, it } from 'vitest';
import { datasetStats } from '../stats/dataset-stats.js';
import { filterGovernments } from './filter-governments.js';
import { governmentId } from './name-index.js';

const ids = (filter: Parameters<typeof filterGovernments>[0]) =>
	filterGovernments(filter).map(governmentId);

describe('filterGovernments', () => {
	it('returns every government without filters', () => {
		expect(ids({})).toHaveLength(113);
	});

	it('filters by kind and region, ignoring case', () => {
		expect(ids({ kind: 'local', region: 'africa' })).toEqual([
			'gh-accra',
			'sl-bo',
			'sl-freetown',
			'sl-kenema',
			'sl-makeni',
			'zw-beitbridge',
			'zw-harare',
			'zw-mutare',
			'zw-plumtree',
		]);
		expect(ids({ kind: 'country', region: ['Oceania'] })).toEqual(['FJI', 'PNG', 'TUV', 'VUT']);
	});

	it('uses UN M49 sub-regions: the Western Balkans are Southern Europe, Mexico Central America', () => {
		expect(ids({ kind: 'country', subregion: 'Southern Europe' })).toEqual([
			'ALB',
			'ITA',
			'MKD',
			'PRT',
			'SRB',
		]);
		expect(ids({ kind: 'country', subregion: 'Northern America' })).toEqual(['CAN']);
		expect(ids({ kind: 'country', intermediateRegion: 'Central America' })).toEqual(
			expect.arrayContaining(['MEX', 'GTM', 'CRI']),
		);
		expect(() => ids({ kind: 'country', subregion: 'Southeast Europe' })).toThrow(
			/^filterGovernments: subregion must be one of .*"Southern Europe", "039".*; got "Southeast Europe"$/,
		);
	});

	it('accepts M49 codes as well as names, and the same countries either way', () => {
		expect(ids({ region: '002' })).toEqual(ids({ region: 'Africa' }));
		expect(ids({ subregion: '419' })).toEqual(
			ids({ subregion: 'Latin America and the Caribbean' }),
		);
		expect(ids({ kind: 'local', intermediateRegion: '013' })).toEqual(
			expect.arrayContaining(['mx-chihuahua', 'gt-tacana', 'pa-la-chorrera']),
		);
	});

	it('filters by whether a government has a story of its own, as datasetStats counts them', () => {
		expect(ids({ kind: 'country', hasStory: true })).toHaveLength(
			datasetStats().countriesWithStory,
		);
		expect(ids({ kind: 'country', hasStory: true })).not.toContain('BRA');
		expect(ids({ kind: 'local', hasStory: true })).toEqual(['br-sao-paulo']);
		expect(ids({ hasStory: false })).toHaveLength(113 - 19);
	});
});

describe('filterGovernments arguments', () => {
	it('names an unknown option and the options it takes', () => {
		// @ts-expect-error: the full-text option is `query`, as everywhere in core
		expect(() => filterGovernments({ q: 'Moldova' })).toThrow(/filterGovernments: .*"q"/);
	});

	it('selects the governments one edition lists, and names the editions when asked for another', () => {
		expect(filterGovernments({ edition: '2021', kind: 'local' })).toHaveLength(29);
		expect(() => filterGovernments({ edition: '2024' })).toThrow(
			'filterGovernments: edition must be one of "2021"; got "2024"',
		);
	});

	it('names a kind it does not know and accepts one in any case', () => {
		// @ts-expect-error: not a kind
		expect(() => filterGovernments({ kind: 'city' })).toThrow(
			/kind must be one of "country", "local"/,
		);
		// @ts-expect-error: the literal type is lowercase, the runtime forgives case
		expect(filterGovernments({ kind: 'LOCAL' })).toHaveLength(29);
	});
});
