import { m } from '$lib/paraglide/messages';
import { participationPeriod } from '$lib/server/editions';
import { pageMeta } from '$lib/server/meta';
import { regionNames, regionOverview } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	meta: pageMeta({
		title: m.regions_meta_title(),
		description: m.regions_meta_description(participationPeriod()),
		path: '/regions/',
	}),
	regions: regionNames().map((name) => {
		const region = regionOverview(name);
		return {
			name: region.name,
			href: region.href,
			countries: region.countries,
			localAuthorities: region.localAuthorities,
			stories: region.stories.length,
		};
	}),
});
