import { describe, expect, it } from 'vitest';
import { countryOf } from './country-of.js';
import { filterGovernments } from './filter-governments.js';
import { findGovernment } from './find-government.js';
import { ownStoriesOf, storiesOf } from './stories-of.js';

const government = (query: string) => {
	const found = findGovernment({ query });
	if (!found) throw new Error(query);
	return found;
};

describe('storiesOf', () => {
	it('gives a country its stories, local ones included', () => {
		expect(storiesOf(government('Brazil')).map((story) => story.slug)).toEqual(['brazil']);
	});

	it('gives a local authority only the stories about it', () => {
		expect(storiesOf(government('São Paulo')).map((story) => story.slug)).toEqual(['brazil']);
		expect(storiesOf(government('Freetown'))).toEqual([]);
	});

	it('gives a country without a story none', () => {
		expect(storiesOf(government('Germany'))).toEqual([]);
	});
});

describe('ownStoriesOf', () => {
	it('gives a country only its national stories, so Brazil has none of its own', () => {
		expect(ownStoriesOf(government('Brazil'))).toEqual([]);
		expect(ownStoriesOf(government('Albania')).map((story) => story.slug)).toEqual(['albania']);
	});

	it('gives a local authority the stories about it', () => {
		expect(ownStoriesOf(government('São Paulo')).map((story) => story.slug)).toEqual(['brazil']);
	});

	it('adds up to the 19 stories over all governments', () => {
		const all = filterGovernments().flatMap((each) => ownStoriesOf(each));
		expect(all).toHaveLength(19);
		expect(new Set(all).size).toBe(19);
	});

	it('names the argument when it is not a government', () => {
		expect(() => ownStoriesOf('BRA' as never)).toThrow(/ownStoriesOf.*government/);
	});
});

describe('countryOf', () => {
	it('is the country itself or the local authority’s country', () => {
		expect(countryOf(government('Harare')).bookletName).toBe('Zimbabwe');
		expect(countryOf(government('ZWE')).bookletName).toBe('Zimbabwe');
	});
});
