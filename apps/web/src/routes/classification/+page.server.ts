import { gridFacets, gridStories } from '$lib/server/classification';
import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: 'Every story against our classification',
		description:
			'The 19 MGI success stories against their outcomes, topics, frameworks, MGI domains and Global Compact objectives: each mark links to the phrase of the story that justifies it.',
		path: '/classification/',
	}),
	stories: gridStories(),
	facets: gridFacets(),
});
