import { stories as allStories, vocabulary } from '../data.js';
import type { Story } from '../schema/story.js';
import type { FacetId, FacetValue } from '../schema/vocabulary.js';

export interface FacetCount {
	facet: FacetId;
	label: string;
	description: string;
	values: (FacetValue & { count: number })[];
}

/** Every facet's vocabulary with the number of (given) stories tagged with each value. */
export function countFacets({
	stories = allStories,
}: {
	stories?: readonly Story[];
} = {}): FacetCount[] {
	return vocabulary.facets.map((facet) => ({
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
