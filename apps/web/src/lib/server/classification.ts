/** @module the story × classification grid: every story against every value some story has */
import { stories } from '@mgi-stories/core';
import { countFacets } from '@mgi-stories/core/i18n';
import { coreLocale, seriesInWords, valueGender } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { storyPath } from './paths';
import { storyName } from './stories';
import { shownLabels } from './vocabulary';

/** A story's evidence for one tag, as an anchor on its page. */
const evidenceAnchor = (facet: string, value: string) => `tag-${facet}-${value}`;

export interface GridStory {
	slug: string;
	href: string;
	name: string;
	/** `facet:value` of each of its tags */
	tags: string[];
}

export interface GridFacet {
	id: string;
	label: string;
	description: string;
	values: { id: string; label: string; count: number; anchor: string }[];
	/** what the page says of the facet's values that tag no story, which its grid leaves out */
	untagged: string | null;
}

export const gridStories = (): GridStory[] =>
	stories.map((story) => {
		return {
			slug: story.slug,
			href: storyPath(story.slug),
			name: storyName(story),
			tags: story.tags.map((tag) => `${tag.facet}:${tag.value}`),
		};
	});

/**
 * The facets with the values at least one story has, in core's order, in the locale being rendered,
 * each value labelled as every page shows it (a Global Compact title we translated says so).
 */
export const gridFacets = (): GridFacet[] => {
	const locale = coreLocale();
	const shown = shownLabels(locale);
	return countFacets({ locale }).map((facet) => {
		const tagging = facet.values.filter((value) => value.count > 0);
		const untagged = facet.values.length - tagging.length;
		const countWords = seriesInWords([untagged, facet.values.length]);
		const gender = valueGender();
		return {
			id: facet.facet,
			label: facet.label,
			description: facet.description,
			values: tagging.map((value) => ({
				id: value.id,
				label: shown.get(`${facet.facet}:${value.id}`) ?? value.label,
				count: value.count,
				anchor: evidenceAnchor(facet.facet, value.id),
			})),
			untagged:
				untagged === 0
					? null
					: m.grid_untagged_values({
							untagged,
							untaggedText: countWords(untagged, gender),
							totalText: countWords(facet.values.length, gender),
						}),
		};
	});
};

export const isTagged = (story: GridStory, facet: string, value: string): boolean =>
	story.tags.includes(`${facet}:${value}`);
