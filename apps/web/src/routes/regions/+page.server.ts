import { m } from '$lib/paraglide/messages';
import { participationPeriod } from '$lib/server/editions';
import { pageMeta } from '$lib/server/meta';
import { regionCountTexts, regionNames, regionOverview } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const regions = regionNames().map(regionOverview);
	const counts = regionCountTexts(
		regions.map((region) => ({ ...region, stories: region.stories.length })),
	);
	return {
		meta: pageMeta({
			title: m.regions_meta_title(),
			description: m.regions_meta_description(participationPeriod()),
			path: '/regions/',
		}),
		regions: regions.map((region, index) => ({
			name: region.name,
			href: region.href,
			counts: counts[index] as (typeof counts)[number],
		})),
	};
};
