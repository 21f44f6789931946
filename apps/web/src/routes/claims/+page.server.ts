import { localAuthorities } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { claimRows } from '$lib/server/claims';
import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: m.claims_heading(),
		description: m.claims_meta_description(),
		path: '/claims/',
	}),
	claims: claimRows(),
	listedLocalAuthorities: localAuthorities.length,
});
