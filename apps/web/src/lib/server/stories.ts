/** @module story projections for the pages: summaries, filter groups, related stories */
import {
	countFacets,
	countryOf,
	type FacetId,
	type FacetValueIds,
	facetLabel,
	type Locale,
	localAuthorityOf,
	publications,
	regionStats,
	type Story,
	stories,
} from '@mgi-stories/core';
import { type FilterKey, filterPath } from '$lib/filters';
import { coreLocale, localHref, seriesInWords } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { EvidenceGroup, FilterGroup, StorySummary } from '$lib/types';
import { hasEditions } from './editions';
import { areaName, governmentLabel, nameOf } from './names';
import { regionSlug, storyPath } from './paths';
import { shownVocabulary } from './vocabulary';

const EXCERPT_WORDS = 28;

/** The first words of a verbatim text, cut at a word boundary. */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
	const first = text.split(/\n\n/)[0] ?? text;
	const parts = first.split(/\s+/);
	return parts.length <= words ? first : `${parts.slice(0, words).join(' ')}…`;
}

const tagValues = <Id extends FacetId>(story: Story, facet: Id) => [
	...new Set(
		story.tags.filter((tag) => tag.facet === facet).map((tag) => tag.value as FacetValueIds[Id]),
	),
];

export const placeOf = (story: Story): string | null => {
	const authority = localAuthorityOf(story);
	return authority ? nameOf(authority) : null;
};

/** What the site calls a story: its government, "São Paulo (Brazil)" (the booklet prints a heading in capitals). */
export const storyName = (story: Story): string =>
	governmentLabel(localAuthorityOf(story) ?? countryOf(story));

export function summarize(story: Story): StorySummary {
	const country = countryOf(story);
	return {
		slug: story.slug,
		href: storyPath(story.slug),
		name: storyName(story),
		country: nameOf(country),
		place: placeOf(story),
		heading: story.heading,
		page: story.page,
		level: story.level,
		region: areaName(country.region),
		subregion: areaName(country.subregion),
		excerpt: excerpt(story.text),
		topics: tagValues(story, 'topic').map((value) =>
			facetLabel({ facet: 'topic', value, locale: coreLocale() }),
		),
		filters: {
			region: [regionSlug(country.region)],
			level: [story.level],
			outcome: tagValues(story, 'outcome'),
			topic: tagValues(story, 'topic'),
			framework: tagValues(story, 'framework'),
			domain: tagValues(story, 'domain'),
			gcmObjective: tagValues(story, 'gcmObjective'),
			edition: [story.edition],
		},
	};
}

export const storySummaries = (): StorySummary[] => stories.map(summarize);

const levels = () => [
	{
		value: 'national',
		label: m.filter_level_national(),
		description: m.filter_level_national_description(),
	},
	{
		value: 'local',
		label: m.filter_level_local(),
		description: m.filter_level_local_description(),
	},
];

/** Every filter with its values and how many stories each selects in the whole collection, in the page's locale. */
export function filterGroups(): FilterGroup[] {
	const regionCounts = regionStats();
	// the options are read as one list: « 4 pays participants » beside « 10 pays participants »
	const countWords = seriesInWords(regionCounts.map((region) => region.countries));
	const regions: FilterGroup = {
		key: 'region',
		label: m.filter_region(),
		description: m.filter_region_description(),
		options: regionCounts.map((region) => ({
			value: regionSlug(region.region),
			label: areaName(region.region),
			description: m.filter_region_option({
				count: region.countries,
				countText: countWords(region.countries, 'masculine'),
			}),
			total: region.stories,
			countries: region.countries,
		})),
	};
	const level: FilterGroup = {
		key: 'level',
		label: m.filter_level(),
		description: m.filter_level_description(),
		options: levels().map((option) => ({
			...option,
			total: stories.filter((story) => story.level === option.value).length,
		})),
	};
	const words = shownVocabulary();
	const facets = countFacets().map((facet): FilterGroup => {
		const localized = words.facets.find((candidate) => candidate.id === facet.facet);
		const value = (id: string) => localized?.values.find((candidate) => candidate.id === id);
		return {
			key: facet.facet as FilterKey,
			label: localized?.label ?? facet.label,
			description: localized?.description ?? facet.description,
			options: facet.values.map((option) => ({
				value: option.id,
				label: value(option.id)?.label ?? option.label,
				description: value(option.id)?.description ?? option.description,
				total: option.count,
			})),
		};
	});
	return [regions, level, ...facets, ...(hasEditions() ? [editionGroup()] : [])];
}

/** The edition filter: each edition by its year, described by its publication's title. */
const editionGroup = (): FilterGroup => ({
	key: 'edition',
	label: m.filter_edition(),
	description: m.filter_edition_description(),
	options: publications.map((publication) => ({
		value: publication.edition,
		label: String(publication.year),
		description: publication.title,
		total: stories.filter((story) => story.edition === publication.edition).length,
	})),
});

/** Whether any story comes from a region (only those regions get a prerendered stories page). */
export const regionHasStories = (region: string): boolean =>
	regionStats().some((candidate) => candidate.region === region && candidate.stories > 0);

/** The filter group and option a single-filter page shows. */
export function findOption(key: FilterKey, value: string) {
	const group = filterGroups().find((candidate) => candidate.key === key);
	const option = group?.options.find((candidate) => candidate.value === value);
	return group && option ? { group, option } : undefined;
}

/**
 * Stories sharing the most themes (topic tags) with `story`, best first (then the same region, then
 * the booklet's order), each with the themes it shares: the reason it is related.
 */
export function relatedStories(
	story: Story,
	limit = 3,
): { story: Story; sharedThemes: FacetValueIds['topic'][] }[] {
	const mine = new Set(tagValues(story, 'topic'));
	const region = countryOf(story).region;
	return stories
		.filter((candidate) => candidate.slug !== story.slug)
		.map((candidate) => ({
			story: candidate,
			sharedThemes: tagValues(candidate, 'topic').filter((value) => mine.has(value)),
			sameRegion: countryOf(candidate).region === region ? 1 : 0,
		}))
		.filter(({ sharedThemes }) => sharedThemes.length > 0)
		.sort(
			(a, b) =>
				b.sharedThemes.length - a.sharedThemes.length ||
				b.sameRegion - a.sameRegion ||
				a.story.page - b.story.page,
		)
		.slice(0, limit)
		.map(({ story: related, sharedThemes }) => ({ story: related, sharedThemes }));
}

/**
 * A story's tags grouped by the phrase that backs them, in reading order: each phrase is shown once,
 * with every label it supports (one phrase often backs a topic, a domain and an objective). A phrase
 * inside a longer one ("access to essential health care" in "for all migrants to have access to
 * essential health care") is shown as the longest phrase that holds it, with all their labels.
 */
export function evidenceOf(story: Story, locale: Locale = coreLocale()): EvidenceGroup[] {
	const facets = shownVocabulary(locale).facets;
	const phrases = [...new Set(story.tags.map((tag) => tag.evidence))];
	const longestHolding = (phrase: string) =>
		phrases
			.filter((candidate) => candidate.includes(phrase))
			.reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest));
	const groups = new Map<string, EvidenceGroup>();
	for (const facet of facets) {
		for (const tag of story.tags.filter((candidate) => candidate.facet === facet.id)) {
			const value = facet.values.find((candidate) => candidate.id === tag.value);
			const phrase = longestHolding(tag.evidence);
			const group = groups.get(phrase) ?? { phrase, tags: [] };
			group.tags.push({
				id: `tag-${facet.id}-${tag.value}`,
				facet: facet.label,
				label: value?.label ?? tag.value,
				description: value?.description ?? '',
				href: localHref(filterPath(facet.id, tag.value)),
			});
			groups.set(phrase, group);
		}
	}
	const position = (group: EvidenceGroup) => {
		const at = story.text.indexOf(group.phrase);
		return at < 0 ? story.text.length : at;
	};
	return [...groups.values()].sort((a, b) => position(a) - position(b));
}
