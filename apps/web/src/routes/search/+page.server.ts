import { governments, stories } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { pageMeta } from '$lib/server/meta';
import { hitNames } from '$lib/server/search-index';
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
	hitNames: hitNames(),
});
