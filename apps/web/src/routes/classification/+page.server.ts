import { stories } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { gridFacets, gridStories } from '$lib/server/classification';
import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: m.grid_title(),
		description: m.grid_meta_description({ count: stories.length }),
		path: '/classification/',
	}),
	stories: gridStories(),
	facets: gridFacets(),
});
