import { pageMeta } from '$lib/server/meta';
import { regionNames, regionOverview } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: 'Who took part in the MGI, region by region',
		description:
			'The countries and local authorities that took part in the Migration Governance Indicators from 2016 to 2021, and their success stories, for each world region.',
		path: '/regions/',
	}),
	regions: regionNames().map((name) => {
		const region = regionOverview(name);
		return {
			name,
			href: region.href,
			countries: region.countries,
			localAuthorities: region.localAuthorities,
			stories: region.stories.length,
		};
	}),
});
