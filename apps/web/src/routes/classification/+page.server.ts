import { countFacets, localizedVocabulary, stories } from '@mgi-stories/core';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { pageMeta } from '$lib/server/meta';
import { storyPath } from '$lib/server/paths';
import { summarize } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const csr = false;

/** A story's evidence for one tag, as an anchor on its page. */
const evidenceAnchor = (facet: string, value: string) => `tag-${facet}-${value}`;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: m.grid_title(),
		description: m.grid_meta_description({ count: stories.length }),
		path: '/classification/',
	}),
	stories: stories.map((story) => {
		const summary = summarize(story);
		return {
			slug: story.slug,
			href: storyPath(story.slug),
			name: summary.place ? `${summary.place}, ${summary.country}` : summary.country,
			tags: story.tags.map((tag) => `${tag.facet}:${tag.value}`),
		};
	}),
	facets: countFacets().map((facet) => {
		const localized = localizedVocabulary(getLocale()).facets.find(
			(candidate) => candidate.id === facet.facet,
		);
		return {
			id: facet.facet,
			label: localized?.label ?? facet.label,
			description: localized?.description ?? facet.description,
			values: facet.values
				.filter((value) => value.count > 0)
				.map((value) => ({
					id: value.id,
					label:
						localized?.values.find((candidate) => candidate.id === value.id)?.label ?? value.label,
					count: value.count,
					anchor: evidenceAnchor(facet.facet, value.id),
				})),
		};
	}),
});
