import { describe, expect, it } from 'vitest';
import { countries, stories } from '../data.js';
import { countFacets } from './count-facets.js';
import { datasetStats } from './dataset-stats.js';
import { regionStats } from './region-stats.js';

describe('countFacets', () => {
	it('counts the stories tagged with each value', () => {
		const topics = countFacets().find((facet) => facet.facet === 'topic');
		expect(topics?.values.find((value) => value.id === 'trafficking')?.count).toBe(2);
	});

	it('counts within a given selection of stories', () => {
		const levels = countFacets({ stories: stories.slice(0, 1) });
		const total = levels
			.find((facet) => facet.facet === 'outcome')
			?.values.reduce((sum, value) => sum + value.count, 0);
		expect(total).toBe(stories[0]?.tags.filter((tag) => tag.facet === 'outcome').length);
	});
});

describe('regionStats', () => {
	it('adds up to every country, local authority and story', () => {
		const regions = regionStats();
		const sum = (key: 'countries' | 'localAuthorities' | 'stories') =>
			regions.reduce((total, region) => total + region[key], 0);
		expect([sum('countries'), sum('localAuthorities'), sum('stories')]).toEqual([84, 29, 19]);
	});

	it('computes coverage as the share of countries with a story', () => {
		for (const region of regionStats()) {
			expect(region.coverage).toBeCloseTo(region.countriesWithStory / region.countries, 2);
			expect(region.subregions.reduce((total, sub) => total + sub.countries, 0)).toBe(
				region.countries,
			);
		}
	});

	it('groups by UN M49 region, sub-region and intermediate region, with their codes', () => {
		const americas = regionStats().find((region) => region.regionCode === '019');
		expect(americas?.region).toBe('Americas');
		const latin = americas?.subregions.find((sub) => sub.subregionCode === '419');
		expect(latin?.subregion).toBe('Latin America and the Caribbean');
		expect(latin?.intermediateRegions.map((area) => area.intermediateRegion)).toEqual([
			'Caribbean',
			'Central America',
			'South America',
		]);
		expect(latin?.intermediateRegions.reduce((sum, area) => sum + area.countries, 0)).toBe(
			latin?.countries,
		);
		const northern = americas?.subregions.find((sub) => sub.subregion === 'Northern America');
		expect(northern).toMatchObject({ countries: 1, localAuthorities: 1, intermediateRegions: [] });
	});
});

describe('datasetStats', () => {
	it('summarises the programme', () => {
		expect(datasetStats()).toMatchObject({
			countries: 84,
			localAuthorities: 29,
			stories: 19,
			storiesByLevel: { national: 18, local: 1 },
			countriesWithStory: 18,
		});
	});

	it('counts one edition when asked, and says which', () => {
		expect(datasetStats({ edition: '2021' })).toEqual({ ...datasetStats(), edition: '2021' });
		expect(datasetStats().edition).toBeNull();
		expect(() => datasetStats({ edition: '2024' })).toThrow(
			'datasetStats: edition must be one of "2021"; got "2024"',
		);
	});
});

describe('countries with a story', () => {
	it('counts national stories only: São Paulo makes Brazil a participant, not a country with a story', () => {
		const { countriesWithStory, storiesByLevel } = datasetStats();
		expect(countriesWithStory).toBe(storiesByLevel.national);
		const americas = regionStats().find((region) => region.regionCode === '019');
		const withNationalStory = new Set(
			stories
				.filter((story) => story.level === 'national')
				.map((story) => countries.find((country) => country.alpha3 === story.country))
				.filter((country) => country?.region === 'Americas'),
		);
		expect([...withNationalStory].map((country) => country?.alpha3)).not.toContain('BRA');
		expect(americas?.countriesWithStory).toBe(withNationalStory.size);
	});
});

describe('statistics in French and Spanish', () => {
	/** everything but the words: what must not change with the locale */
	const numbers = (value: unknown): unknown =>
		JSON.parse(
			JSON.stringify(value, (key, item) =>
				['label', 'description', 'rule', 'detail', 'check', 'claims'].includes(key)
					? undefined
					: item,
			),
		);

	it('regionStats keeps the UN names and codes and adds each area’s name in the locale', () => {
		const french = regionStats({ locale: 'fr' });
		expect(numbers(french)).toEqual(numbers(regionStats()));
		const americas = french.find((region) => region.regionCode === '019');
		expect(americas).toMatchObject({ region: 'Americas', label: 'Amériques' });
		expect(americas?.subregions.find((sub) => sub.subregionCode === '419')?.label).toBe(
			'Amérique latine et Caraïbes',
		);
		expect(regionStats().every((region) => region.label === region.region)).toBe(true);
		expect(() => regionStats({ locale: 'pt' as 'fr' })).toThrow(/regionStats: locale must be/);
	});
});
