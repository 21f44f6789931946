import { checkOptions, type OptionChecks } from '../arguments.js';
import { stories, vocabulary } from '../data.js';
import { optionalEdition } from '../editions.js';
import { ArgumentError } from '../errors.js';
import { checkAreaFilters, M49_LEVELS, matchesArea } from '../geography/m49.js';
import { countryOf } from '../governments/country-of.js';
import { findGovernment } from '../governments/find-government.js';
import type { EditionId, FacetId, FacetValueIds, Government, Story } from '../types.js';
import { FACET_IDS } from '../vocabulary/facet-ids.js';

type OneOrMany<T extends string> = T | readonly T[];

/**
 * The levels of government a story is about: a country's or a local authority's.
 */
export const STORY_LEVELS = ['national', 'local'] as const;

/** Story filters: values within one filter are alternatives (OR); different filters all apply (AND). */
export type StoryFilter = { [Id in FacetId]?: OneOrMany<FacetValueIds[Id]> | undefined } & {
	/** any code or name `findGovernment` resolves; a local authority selects its stories */
	country?: OneOrMany<string> | undefined;
	/** UN M49 region, sub-region or intermediate region of the story's country: name or M49 code */
	region?: OneOrMany<string> | undefined;
	subregion?: OneOrMany<string> | undefined;
	intermediateRegion?: OneOrMany<string> | undefined;
	level?: OneOrMany<Story['level']> | undefined;
	/** the edition of the booklet the stories are in, one of `EDITIONS`: every edition's when absent */
	edition?: EditionId | undefined;
};

/** every facet is a filter: a facet added to the vocabulary is filtered on with no change here */
const FACET_FILTERS: readonly FacetId[] = FACET_IDS;
/** The options of `filterStories`. */
export const STORY_FILTER_KEYS: readonly string[] = [
	'country',
	'region',
	'subregion',
	'intermediateRegion',
	'level',
	'edition',
	...FACET_FILTERS,
];

function matchesCountry(story: Story, wanted: readonly Government[] | undefined): boolean {
	if (!wanted) return true;
	return wanted.some((government) =>
		government.kind === 'local'
			? story.localAuthority === government.id
			: government.alpha3 === story.country,
	);
}

/**
 * Filters the stories, in page order (`searchStories` at `@mgi-stories/core/search` adds a full-text
 * `query` ranked by relevance). Facet values, levels and regions match case-insensitively; an unknown
 * one (or a country `findGovernment` does not know) is an error naming the allowed values.
 * @example filterStories({ topic: 'trafficking', region: 'Africa' }).map((s) => s.slug) // ['sierra-leone']
 */
export function filterStories(filter: StoryFilter = {}): Story[] {
	return selectStories(
		'filterStories',
		checkOptions('filterStories', filter, STORY_FILTER_KEYS, { optional: true }),
	);
}

/**
 * The stories a filter selects, in page order, its options checked on behalf of the function called
 * (`filterStories`, or `searchStories` with `query` besides: pass `STORY_FILTER_KEYS` and yours).
 */
export function selectStories(fn: string, args: OptionChecks): Story[] {
	const areas = checkAreaFilters(args);
	const country = args.optionalStrings('country')?.map((query) => {
		const government = findGovernment({ query });
		if (government) return government;
		throw new ArgumentError(
			fn,
			'country',
			'the code, id or name of a participating government, as findGovernment takes it (resolveGovernment says which country a name means)',
			query,
		);
	});
	const level = args.optionalListOf('level', STORY_LEVELS);
	const edition = optionalEdition(args);
	const facets = FACET_FILTERS.map((facet) => {
		const values = vocabulary.facets.find((candidate) => candidate.id === facet)?.values ?? [];
		const allowed = values.map((value) => value.id as string);
		return { facet, wanted: args.optionalListOf(facet, allowed) };
	});
	return stories.filter((story) => {
		const home = countryOf(story);
		return (
			(edition === undefined || story.edition === edition) &&
			M49_LEVELS.every((level) => matchesArea(home, level, areas[level])) &&
			(!level || level.includes(story.level)) &&
			matchesCountry(story, country) &&
			facets.every(
				({ facet, wanted }) =>
					!wanted || story.tags.some((tag) => tag.facet === facet && wanted.includes(tag.value)),
			)
		);
	});
}
