import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { place } from '$lib/places';
import { collectionPageJsonLd } from '$lib/server/json-ld';
import { regionMap } from '$lib/server/map';
import { pageMeta } from '$lib/server/meta';
import { areaName, byName } from '$lib/server/names';
import { regionPath, regionSlug } from '$lib/server/paths';
import { findRegion, regionCountTexts, regionNames, regionOverview } from '$lib/server/regions';
import { sharePath } from '$lib/server/share-cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// a region page is static: the map and lists need no JavaScript
export const csr = false;

export const entries: EntryGenerator = () =>
	regionNames().map((region) => ({ slug: regionSlug(region) }));

export const load: PageServerLoad = ({ params }) => {
	const name = findRegion(params.slug);
	if (!name) error(404, 'No such region');
	const region = regionOverview(name);
	const [counts] = regionCountTexts([{ ...region, stories: region.stories.length }]);
	if (!counts) throw new Error(`no counts for region ${name}`);
	const facts = {
		countries: counts.countries,
		localAuthorities: counts.localAuthorities,
		localCount: region.localAuthorities,
		...place('region', region.name),
		...region.period,
	};
	const description =
		region.stories.length === 0
			? m.region_meta_no_story(facts)
			: m.region_meta_stories({
					...facts,
					stories: counts.stories,
				});
	const title = m.region_title({ region: region.name });
	return {
		meta: pageMeta({
			title,
			description,
			path: region.href,
			image: {
				path: sharePath('regions', params.slug),
				alt: m.og_alt_region(place('name', region.name)),
			},
			jsonLd: collectionPageJsonLd({ name: title, description, path: region.href }),
		}),
		region,
		counts,
		map: regionMap(name),
		others: regionNames()
			.filter((other) => other !== name)
			.map((other) => ({ name: areaName(other), href: regionPath(other) }))
			.sort(byName((other) => other.name)),
	};
};
