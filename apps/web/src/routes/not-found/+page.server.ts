import { stories } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

// prerendered once per locale, then published as build/404.html (and build/fr/404.html …) by build-steps/static-host.js
export const csr = false;

export const load: PageServerLoad = () => ({
	storyCount: stories.length,
	meta: pageMeta({
		title: m.error_not_found_title(),
		description: m.error_not_found_text(),
		path: '/404.html',
		noindex: true,
	}),
});
