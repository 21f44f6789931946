import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

// prerendered once, then published as build/404.html by static-host.js
export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: 'Page not found',
		description: 'There is no page at this address.',
		path: '/404.html',
		noindex: true,
	}),
});
