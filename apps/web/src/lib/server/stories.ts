/** @module story projections for the pages: summaries, filter groups, related stories */
import {
	countFacets,
	facetLabel,
	localAuthorityOf,
	regionStats,
	type Story,
	stories,
	storyCountry,
} from '@mgi-stories/core';
import type { FilterKey } from '$lib/filters';
import type { FilterGroup, StorySummary } from '$lib/types';
import { regionSlug, storyPath } from './paths';

const EXCERPT_WORDS = 28;

/** The first words of a verbatim text, cut at a word boundary. */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
	const first = text.split(/\n\n/)[0] ?? text;
	const parts = first.split(/\s+/);
	return parts.length <= words ? first : `${parts.slice(0, words).join(' ')}…`;
}

const tagValues = (story: Story, facet: string) => [
	...new Set(story.tags.filter((tag) => tag.facet === facet).map((tag) => tag.value)),
];

export const placeOf = (story: Story): string | null =>
	localAuthorityOf(story)?.bookletName ?? null;

export function summarize(story: Story): StorySummary {
	const country = storyCountry(story);
	return {
		slug: story.slug,
		href: storyPath(story.slug),
		country: country.bookletName,
		place: placeOf(story),
		heading: story.heading,
		page: story.page,
		level: story.level,
		region: country.region,
		subregion: country.subregion,
		excerpt: excerpt(story.text),
		topics: tagValues(story, 'topic').map((value) => facetLabel({ facet: 'topic', value })),
		filters: {
			region: [regionSlug(country.region)],
			level: [story.level],
			outcome: tagValues(story, 'outcome'),
			topic: tagValues(story, 'topic'),
			framework: tagValues(story, 'framework'),
			domain: tagValues(story, 'domain'),
			gcmObjective: tagValues(story, 'gcmObjective'),
		},
	};
}

export const storySummaries = (): StorySummary[] => stories.map(summarize);

const LEVELS = [
	{ value: 'national', label: 'National', description: 'A country’s government' },
	{ value: 'local', label: 'Local', description: 'A local authority, such as a city' },
];

/** Every filter with its values and how many stories each selects in the whole collection. */
export function filterGroups(): FilterGroup[] {
	const regions: FilterGroup = {
		key: 'region',
		label: 'Region',
		description: 'UN M49 region of the story’s country',
		options: regionStats().map((region) => ({
			value: regionSlug(region.region),
			label: region.region,
			description: `${region.countries} participating countries`,
			total: region.stories,
		})),
	};
	const levels: FilterGroup = {
		key: 'level',
		label: 'Level of government',
		description: 'Whether the story concerns a national or a local government',
		options: LEVELS.map((level) => ({
			...level,
			total: stories.filter((story) => story.level === level.value).length,
		})),
	};
	const facets = countFacets().map(
		(facet): FilterGroup => ({
			key: facet.facet as FilterKey,
			label: facet.label,
			description: facet.description,
			options: facet.values.map((value) => ({
				value: value.id,
				label: value.label,
				description: value.description,
				total: value.count,
			})),
		}),
	);
	return [regions, levels, ...facets];
}

/** Whether any story comes from a region (only those regions get a prerendered stories page). */
export const regionHasStories = (region: string): boolean =>
	regionStats().some((candidate) => candidate.region === region && candidate.stories > 0);

/** The filter group and option a single-filter page shows. */
export function findOption(key: FilterKey, value: string) {
	const group = filterGroups().find((candidate) => candidate.key === key);
	const option = group?.options.find((candidate) => candidate.value === value);
	return group && option ? { group, option } : undefined;
}

/** Stories sharing the most topic and outcome tags with `story` (then the same region), best first. */
export function relatedStories(story: Story, limit = 3): Story[] {
	const keys = (candidate: Story) =>
		new Set(
			candidate.tags
				.filter((tag) => tag.facet === 'topic' || tag.facet === 'outcome')
				.map((tag) => `${tag.facet}:${tag.value}`),
		);
	const mine = keys(story);
	const region = storyCountry(story).region;
	return stories
		.filter((candidate) => candidate.slug !== story.slug)
		.map((candidate) => {
			const shared = [...keys(candidate)].filter((key) => mine.has(key)).length;
			const sameRegion = storyCountry(candidate).region === region ? 0.5 : 0;
			return { candidate, score: shared + sameRegion };
		})
		.filter(({ score }) => score >= 1)
		.sort((a, b) => b.score - a.score || a.candidate.page - b.candidate.page)
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}
