import { pageMeta } from '$lib/server/meta';
import { storySummaries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: 'Search stories and governments',
		description:
			'Search the 19 MGI success stories and the 113 participating governments by name, place or topic; spelling mistakes and other names of a country are forgiven.',
		path: '/search/',
	}),
	/** story slug → the name shown for it ("São Paulo, Brazil"); the index holds the printed heading */
	storyNames: Object.fromEntries(
		storySummaries().map((story) => [
			story.slug,
			story.place ? `${story.place}, ${story.country}` : story.country,
		]),
	),
});
