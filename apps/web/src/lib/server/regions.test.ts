import { countries, localAuthorities } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { findRegion, regionCountTexts, regionNames, regionOverview } from './regions';

describe('region pages', () => {
	it('exist for the five regions with participants', () => {
		expect(regionNames()).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
		expect(findRegion('oceania')).toBe('Oceania');
		expect(findRegion('atlantis')).toBeUndefined();
	});

	it('list every African participant, country by country, with its stories', () => {
		const africa = regionOverview('Africa');
		const listed = africa.subregions.flatMap((subregion) => subregion.countries);
		expect(listed).toHaveLength(countries.filter((country) => country.region === 'Africa').length);
		expect(listed.length).toBe(africa.countries);
		expect(africa.stories.length).toBeGreaterThan(0);
		expect(africa.stories.every((story) => story.region === 'Africa')).toBe(true);
	});

	it('account for every country and local authority exactly once across regions', () => {
		const all = regionNames().map(regionOverview);
		const listedCountries = all.flatMap((region) =>
			region.subregions.flatMap((subregion) => subregion.countries),
		);
		expect(listedCountries).toHaveLength(countries.length);
		expect(listedCountries.flatMap((country) => country.localAuthorities)).toHaveLength(
			localAuthorities.length,
		);
	});

	it('say that Oceania has participants but no story', () => {
		const oceania = regionOverview('Oceania');
		expect(oceania.countries).toBeGreaterThan(0);
		expect(oceania.stories).toHaveLength(0);
	});

	it('lists a region’s stories and local authorities in the page’s language and its order', () => {
		overwriteGetLocale(() => 'fr');
		try {
			const americas = regionOverview('Americas');
			const collator = new Intl.Collator('fr', { numeric: true });
			const colombia = americas.subregions
				.flatMap((subregion) => subregion.countries)
				.find((country) => country.name === 'Colombie');
			const authorities = colombia?.localAuthorities.map((authority) => authority.name) ?? [];
			expect(authorities).toEqual([...authorities].sort(collator.compare));
			const canada = americas.subregions
				.flatMap((subregion) => subregion.countries)
				.find((country) => country.name === 'Canada');
			expect(canada?.localAuthorities.map((authority) => authority.name)).toEqual(['Montréal']);
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});

	it('writes the regions’ counts as one series: figures for all once one is ten or more (round 7)', () => {
		overwriteGetLocale(() => 'fr');
		try {
			const regions = regionNames().map(regionOverview);
			const texts = regionCountTexts(
				regions.map((region) => ({ ...region, stories: region.stories.length })),
			);
			const oceania = texts[regionNames().indexOf('Oceania')];
			expect(oceania?.countries).toBe('4 pays');
			expect(texts.map((text) => text.countries).join(' ')).not.toMatch(
				/\b(un|deux|trois|quatre|cinq|six|sept|huit|neuf) pays/,
			);
			const [alone] = regionCountTexts([{ countries: 4, localAuthorities: 1, stories: 0 }]);
			expect(alone).toEqual({
				countries: 'quatre pays',
				localAuthorities: 'une autorité locale',
				stories: 'aucune histoire de réussite',
				storiesAlone: 'aucune histoire de réussite',
			});
			// a sentence of its own is a series of its own: « six histoires » after « 32 pays » (round 10)
			const [africa] = regionCountTexts([{ countries: 32, localAuthorities: 9, stories: 6 }]);
			expect(africa).toMatchObject({
				stories: '6 histoires de réussite',
				storiesAlone: 'six histoires de réussite',
			});
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});
});
