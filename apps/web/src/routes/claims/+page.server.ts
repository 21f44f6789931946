import { localAuthorities } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { claimGroups, claimRows } from '$lib/server/claims';
import { pageMeta } from '$lib/server/meta';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const claims = claimRows();
	return {
		meta: pageMeta({
			title: m.claims_heading(),
			description: m.claims_meta_description(),
			path: '/claims/',
		}),
		checked: claims.length,
		groups: claimGroups(claims),
		gap: claims.find(
			(claim) => claim.id === 'foreword-local-authorities' && claim.verdict === 'inconsistent',
		),
		listedLocalAuthorities: localAuthorities.length,
	};
};
