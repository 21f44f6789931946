import { describe, expect, it } from 'vitest';
import { countryOf } from './country-of.js';
import { findGovernment } from './find-government.js';
import { storiesOf } from './stories-of.js';

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

describe('countryOf', () => {
	it('is the country itself or the local authority’s country', () => {
		expect(countryOf(government('Harare')).bookletName).toBe('Zimbabwe');
		expect(countryOf(government('ZWE')).bookletName).toBe('Zimbabwe');
	});
});
