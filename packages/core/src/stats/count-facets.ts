import { checkOptions } from '../arguments.js';
import { stories as allStories, vocabulary } from '../data.js';
import { englishOnly } from '../i18n/english-only.js';
import type { FacetId, FacetValue, Story, Vocabulary } from '../types.js';

/**
 * A facet of the vocabulary, with how many stories carry each of its values.
 */
export interface FacetCount {
	facet: FacetId;
	label: string;
	description: string;
	values: (FacetValue & { count: number })[];
}

/**
 * Every facet of `facets` with the number of `stories` tagged with each value (internal:
 * `countFacets` here in English, in every locale at `@mgi-stories/core/i18n`).
 */
export function facetCounts(facets: Vocabulary['facets'], stories: readonly Story[]): FacetCount[] {
	return facets.map((facet) => ({
		facet: facet.id,
		label: facet.label,
		description: facet.description,
		values: facet.values.map((value) => ({
			...value,
			count: stories.filter((story) =>
				story.tags.some((tag) => tag.facet === facet.id && tag.value === value.id),
			).length,
		})),
	}));
}

/**
 * Every facet's vocabulary with the number of (given) stories tagged with each value, in English
 * (`countFacets({ locale })` at `@mgi-stories/core/i18n` labels them in French or Spanish).
 * @example countFacets({ stories: filterStories({ region: 'Africa' }) })[0]?.values[0]?.count
 */
export function countFacets(
	options: { stories?: readonly Story[] | undefined; locale?: 'en' | undefined } = {},
): FacetCount[] {
	const args = checkOptions('countFacets', options, ['stories', 'locale'], { optional: true });
	englishOnly('countFacets', args);
	return facetCounts(vocabulary.facets, args.optionalStories('stories') ?? allStories);
}
