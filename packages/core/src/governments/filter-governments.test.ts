import { describe, expect, it } from 'vitest';
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
		expect(ids({ kind: 'country', subregion: 'Southeast Europe' })).toEqual([]);
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

	it('filters by whether a government has a story', () => {
		expect(ids({ kind: 'country', hasStory: true })).toHaveLength(19);
		expect(ids({ kind: 'local', hasStory: true })).toEqual(['br-sao-paulo']);
		expect(ids({ hasStory: false })).toHaveLength(113 - 20);
	});

	it('ranks by relevance when a query is given', () => {
		expect(ids({ q: 'Ivory Coast' })[0]).toBe('CIV');
		expect(ids({ q: 'san', kind: 'local' })).toEqual(
			expect.arrayContaining(['cr-san-jose', 'gt-san-marcos']),
		);
	});
});
