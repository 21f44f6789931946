import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { absoluteUrl } from '$lib/server/config';
import { regionMap } from '$lib/server/map';
import { pageMeta } from '$lib/server/meta';
import { regionSlug } from '$lib/server/paths';
import { findRegion, regionNames, regionOverview } from '$lib/server/regions';
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
	const description = `${region.countries} countries and ${region.localAuthorities} local authorities in ${name} took part in the Migration Governance Indicators from ${region.period.from} to ${region.period.to}; ${region.stories.length === 0 ? 'the booklet has no success story from the region' : `${region.stories.length} success ${region.stories.length === 1 ? 'story comes' : 'stories come'} from there`}.`;
	return {
		meta: pageMeta({
			title: `${name}: who took part in the MGI`,
			description,
			path: region.href,
			image: {
				path: sharePath('regions', params.slug),
				alt: m.og_alt_region({ name }),
			},
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': 'CollectionPage',
				name: `${name}: who took part in the MGI`,
				description,
				url: absoluteUrl(region.href),
			},
		}),
		region,
		map: regionMap(name),
		others: regionNames()
			.filter((other) => other !== name)
			.map((other) => ({ name: other, href: `/regions/${regionSlug(other)}/` })),
	};
};
