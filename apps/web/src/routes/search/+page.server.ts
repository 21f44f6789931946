import { governments, stories } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { pageMeta } from '$lib/server/meta';
import { storySummaries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

// search ships no framework code: /enhance/search.js searches in the browser
export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: m.search_label(),
		description: m.search_meta_description({
			stories: stories.length,
			governments: governments.length,
		}),
		path: '/search/',
	}),
	/** story slug → the name shown for it ("São Paulo (Brazil)"); the index holds the printed heading */
	storyNames: Object.fromEntries(
		storySummaries().map((story) => [
			story.slug,
			story.place
				? m.local_authority_name({ name: story.place, country: story.country })
				: story.country,
		]),
	),
});
