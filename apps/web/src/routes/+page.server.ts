import {
	checkClaims,
	countries,
	countryOf,
	datasetStats,
	stories,
	storiesOf,
} from '@mgi-stories/core';
import { localHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { levelsChart, regionsChart, themesChart } from '$lib/server/charts';
import { claimRows } from '$lib/server/claims';
import { editionYears, participationPeriod } from '$lib/server/editions';
import { websiteJsonLd } from '$lib/server/json-ld';
import { worldMap } from '$lib/server/map';
import { pageMeta } from '$lib/server/meta';
import { areaName, byName, nameOf } from '$lib/server/names';
import { governmentPath, regionPath, storyPath } from '$lib/server/paths';
import { filterGroups, storyName } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

// the map and tables need no JavaScript; the page ships none
export const csr = false;

/** how many stories the first screen names, enough to show the range in one line */
const FIRST_STORIES = 3;

export const load: PageServerLoad = () => {
	const stats = datasetStats();
	return {
		meta: pageMeta({
			title: m.home_meta_title({ count: stats.stories }),
			description: m.home_meta_description({
				stories: stats.stories,
				year: editionYears(),
				countries: stats.countries,
				localAuthorities: stats.localAuthorities,
			}),
			path: '/',
			jsonLd: websiteJsonLd({ name: m.site_name(), path: localHref('/') }),
		}),
		stats: {
			countries: stats.countries,
			localAuthorities: stats.localAuthorities,
			stories: stats.stories,
			national: stats.storiesByLevel.national,
			local: stats.storiesByLevel.local,
			countriesWithStory: stats.countriesWithStory,
			regions: stats.regions.map((region) => ({
				region: region.region,
				name: areaName(region.region),
				href: regionPath(region.region),
				countries: region.countries,
				localAuthorities: region.localAuthorities,
				stories: region.stories,
				countriesWithStory: region.countriesWithStory,
				coverage: region.coverage,
			})),
			// the booklet's own count, from its introduction
			indicators:
				checkClaims().find((check) => check.claim.id === 'introduction-indicators')?.claim.number
					?.value ?? 0,
			...participationPeriod(),
		},
		localGap: claimRows().find(
			(claim) => claim.id === 'foreword-local-authorities' && claim.verdict === 'inconsistent',
		),
		charts: [themesChart(), regionsChart(), levelsChart()],
		map: worldMap(),
		// by government, as the list's heading says: a local authority sorted by its country, shown with it (« São Paulo (Brésil) »)
		stories: [...stories]
			.sort(byName((story) => nameOf(countryOf(story))))
			.map((story) => ({ slug: story.slug, href: storyPath(story.slug), name: storyName(story) })),
		// the first screen's way in: the booklet's first stories, in its own page order
		firstStories: [...stories]
			.sort((a, b) => a.page - b.page)
			.slice(0, FIRST_STORIES)
			.map((story) => ({ slug: story.slug, href: storyPath(story.slug), name: storyName(story) })),
		topics: (filterGroups().find((group) => group.key === 'topic')?.options ?? []).filter(
			(option) => option.total > 0,
		),
		participants: [...countries].sort(byName(nameOf)).map((country) => {
			const [story] = storiesOf(country);
			return {
				name: nameOf(country),
				href: governmentPath(country),
				region: areaName(country.region),
				// a country's row links the story told in it, its own or a local authority's (« São Paulo (Brésil) »)
				story: story ? { href: storyPath(story.slug), government: storyName(story) } : null,
				localAuthorities: [...country.localAuthorities].sort(byName(nameOf)).map((authority) => ({
					name: nameOf(authority),
					href: governmentPath(authority),
				})),
			};
		}),
	};
};
