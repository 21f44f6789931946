/** @module region pages: who took part in each region, keyed on the country's `region` (UN M49) */
import { countries, countryOf, regionStats, stories } from '@mgi-stories/core';
import { seriesInWords } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { participationPeriod } from './editions';
import { areaName, byName, nameOf } from './names';
import { governmentPath, regionPath, regionSlug, storyPath } from './paths';
import { storyName, summarize } from './stories';

/** The regions with at least one participating country, in name order. */
export const regionNames = (): string[] => regionStats().map((region) => region.region);

export const findRegion = (slug: string): string | undefined =>
	regionNames().find((region) => regionSlug(region) === slug);

/** Everything a region page shows: its participants grouped by sub-region, and its stories. */
export function regionOverview(region: string) {
	const members = countries.filter((country) => country.region === region);
	const stat = regionStats().find((candidate) => candidate.region === region);
	if (!stat || members.length === 0) throw new Error(`regionOverview: unknown region "${region}"`);
	const subregions = [...new Set(members.map((country) => country.subregion))].sort(
		byName(areaName),
	);
	const storiesHere = stories.filter((story) => countryOf(story).region === region);
	const storyOf = new Map(
		storiesHere.map((story) => [story.localAuthority ?? story.country, story]),
	);
	return {
		name: areaName(region),
		href: regionPath(region),
		countries: stat.countries,
		localAuthorities: stat.localAuthorities,
		countriesWithStory: stat.countriesWithStory,
		period: participationPeriod(),
		subregions: subregions.map((subregion) => ({
			name: areaName(subregion),
			countries: members
				.filter((country) => country.subregion === subregion)
				.sort(byName(nameOf))
				.map((country) => {
					const story = storyOf.get(country.alpha3);
					return {
						name: nameOf(country),
						href: governmentPath(country),
						story: story ? storyPath(story.slug) : null,
						localAuthorities: [...country.localAuthorities]
							.sort(byName(nameOf))
							.map((authority) => {
								const local = storyOf.get(authority.id);
								return {
									name: nameOf(authority),
									href: governmentPath(authority),
									story: local ? storyPath(local.slug) : null,
								};
							}),
					};
				}),
		})),
		stories: storiesHere.sort(byName(storyName)).map(summarize),
	};
}

/** What a region counts: its participating countries and local authorities, and its stories. */
export interface RegionCounts {
	countries: number;
	localAuthorities: number;
	stories: number;
}

/**
 * Each region's counts as its text reads them (« 4 pays », « 2 autorités locales »), the regions
 * read together as one series: all in figures when one count of any is ten or more.
 */
export function regionCountTexts(regions: readonly RegionCounts[]) {
	const countWords = seriesInWords(
		regions.flatMap((region) => [region.countries, region.localAuthorities, region.stories]),
	);
	return regions.map((region) => ({
		countries: m.countries_count({
			count: region.countries,
			countText: countWords(region.countries, 'masculine'),
		}),
		localAuthorities: m.local_authorities_count({
			count: region.localAuthorities,
			countText: countWords(region.localAuthorities, 'feminine'),
		}),
		stories: storiesText(region.stories, countWords),
		// the count in a sentence of its own (« La brochure présente six histoires… »), a series of one
		storiesAlone: storiesText(region.stories, seriesInWords([region.stories])),
	}));
}

const storiesText = (stories: number, countWords: ReturnType<typeof seriesInWords>) =>
	stories === 0
		? m.no_success_story()
		: m.success_stories_count({ count: stories, countText: countWords(stories, 'feminine') });
