import { checkOptions } from '../arguments.js';
import { stories as allStories } from '../data.js';
import type { Locale } from '../i18n/locale.js';
import { localizedVocabulary } from '../i18n/vocabulary.js';
import type { FacetId, FacetValue, Story } from '../types.js';

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
 * Every facet's vocabulary with the number of (given) stories tagged with each value; labels and
 * descriptions in `locale` (English by default).
 * @example countFacets({ stories: filterStories({ region: 'Africa' }) })[0]?.values[0]?.count
 */
export function countFacets(
	options: { stories?: readonly Story[] | undefined; locale?: Locale | undefined } = {},
): FacetCount[] {
	const args = checkOptions('countFacets', options, ['stories', 'locale'], { optional: true });
	const stories = args.optionalStories('stories') ?? allStories;
	return localizedVocabulary({ locale: args.locale() }).facets.map((facet) => ({
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
