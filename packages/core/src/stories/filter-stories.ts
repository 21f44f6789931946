import { stories } from '../data.js';
import { inM49Area } from '../geography/m49.js';
import { countryOf } from '../governments/country-of.js';
import { findGovernment } from '../governments/find-government.js';
import type { Story } from '../schema/story.js';
import type { FacetId } from '../schema/vocabulary.js';
import { search } from '../search/search.js';
import { normalizeName } from '../text/normalize.js';
import { storyCountry } from './story-country.js';

type OneOrMany = string | readonly string[];

/** Story filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export type StoryFilter = Partial<Record<FacetId, OneOrMany>> & {
	/** full-text query; results keep search relevance order */
	q?: string;
	/** any code or name `findGovernment` resolves; a local authority selects its stories */
	country?: OneOrMany;
	/** UN M49 region, sub-region or intermediate region of the story's country: name or M49 code */
	region?: OneOrMany;
	subregion?: OneOrMany;
	intermediateRegion?: OneOrMany;
	level?: OneOrMany;
};

const FACET_FILTERS = ['outcome', 'topic', 'framework', 'domain', 'gcmObjective'] as const;

const asList = (value: OneOrMany | undefined): readonly string[] | undefined =>
	value === undefined ? undefined : typeof value === 'string' ? [value] : value;

function matchesAny(candidate: string, wanted: readonly string[] | undefined): boolean {
	return !wanted || wanted.some((value) => normalizeName(value) === normalizeName(candidate));
}

function matchesCountry(story: Story, wanted: readonly string[] | undefined): boolean {
	if (!wanted) return true;
	return wanted.some((query) => {
		const government = findGovernment({ query });
		if (!government) return false;
		if (government.kind === 'local') return story.localAuthority === government.id;
		return countryOf(government).alpha3 === story.country;
	});
}

/**
 * Filters the stories; with `q`, ranks them by search relevance, otherwise keeps page order.
 * @example filterStories({ topic: 'trafficking', region: 'Africa' }).map((s) => s.slug) // ['sierra-leone']
 */
export function filterStories(filter: StoryFilter = {}): Story[] {
	const region = asList(filter.region);
	const subregion = asList(filter.subregion);
	const level = asList(filter.level);
	const country = asList(filter.country);
	const selected = stories.filter((story) => {
		const home = storyCountry(story);
		return (
			inM49Area(home, 'region', region) &&
			inM49Area(home, 'subregion', subregion) &&
			inM49Area(home, 'intermediateRegion', asList(filter.intermediateRegion)) &&
			matchesAny(story.level, level) &&
			matchesCountry(story, country) &&
			FACET_FILTERS.every((facet) => {
				const wanted = asList(filter[facet]);
				return (
					!wanted || story.tags.some((tag) => tag.facet === facet && wanted.includes(tag.value))
				);
			})
		);
	});
	const q = filter.q?.trim();
	if (!q) return selected;
	const rank = new Map(
		search({ query: q, kinds: ['story'], limit: stories.length }).map((hit, at) => [hit.id, at]),
	);
	return selected
		.filter((story) => rank.has(story.slug))
		.sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0));
}
