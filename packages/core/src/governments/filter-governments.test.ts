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
