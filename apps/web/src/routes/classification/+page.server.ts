import { countFacets, stories } from '@mgi-stories/core';
import { pageMeta } from '$lib/server/meta';
import { storyPath } from '$lib/server/paths';
import { summarize } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const csr = false;

/** A story's evidence for one tag, as an anchor on its page. */
const evidenceAnchor = (facet: string, value: string) => `tag-${facet}-${value}`;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: 'Every story against our classification',
		description:
			'The 19 MGI success stories against their outcomes, topics, frameworks, MGI domains and Global Compact objectives: each mark links to the phrase of the story that justifies it.',
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
	facets: countFacets().map((facet) => ({
		id: facet.facet,
		label: facet.label,
		description: facet.description,
		values: facet.values
			.filter((value) => value.count > 0)
			.map((value) => ({
				id: value.id,
				label: value.label,
				count: value.count,
				anchor: evidenceAnchor(facet.facet, value.id),
			})),
	})),
});
