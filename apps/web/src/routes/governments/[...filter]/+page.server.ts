import { countries, localAuthorities, regionStats } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import { parseGovernmentPath } from '$lib/government-filters';
import { m } from '$lib/paraglide/messages';
import { place } from '$lib/places';
import { claimRows } from '$lib/server/claims';
import { participationPeriod } from '$lib/server/editions';
import { governmentSummaries, KINDS } from '$lib/server/governments';
import { collectionPageJsonLd } from '$lib/server/json-ld';
import { pageMeta } from '$lib/server/meta';
import { areaName } from '$lib/server/names';
import { regionSlug } from '$lib/server/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

const regions = () =>
	regionStats().map((region) => ({
		value: regionSlug(region.region),
		label: areaName(region.region),
		countries: region.countries,
		localAuthorities: region.localAuthorities,
	}));

/** `/governments/` and one prerendered page per region and per kind (the no-JavaScript filters) */
export const entries: EntryGenerator = () => [
	{ filter: '' },
	...regions().map((region) => ({ filter: `region/${region.value}` })),
	...KINDS.map((kind) => ({ filter: `kind/${kind.value}` })),
];

const kindLabels = { country: m.kind_countries, local: m.kind_local_authorities };

// the table ships no framework code: /enhance/governments.js filters and sorts the prerendered rows
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const base = parseGovernmentPath(params.filter);
	if (!base) error(404, 'No such filter');
	const region = regions().find((candidate) => candidate.value === base.region);
	const kind = KINDS.find((candidate) => candidate.value === base.kind);
	if (base.region && !region) error(404, 'No such region');

	const title = region
		? m.govs_title_region(place('region', region.label))
		: kind?.value === 'country'
			? m.govs_title_countries()
			: kind?.value === 'local'
				? m.govs_title_local()
				: m.govs_title();
	const kindLabel = kind ? kindLabels[kind.value]() : '';
	const path = region
		? `/governments/region/${region.value}/`
		: kind
			? `/governments/kind/${kind.value}/`
			: '/governments/';
	const overview = m.govs_meta_description({
		countries: countries.length,
		localAuthorities: localAuthorities.length,
		...participationPeriod(),
	});
	const scope = region?.label ?? kindLabel;
	const description = scope ? m.govs_meta_scope({ description: overview, scope }) : overview;
	return {
		meta: pageMeta({
			title,
			description,
			path,
			jsonLd: collectionPageJsonLd({ name: title, description, path }),
		}),
		governments: governmentSummaries(),
		regions: regions(),
		kinds: KINDS.map((candidate) => ({
			...candidate,
			label: kindLabels[candidate.value](),
			count: candidate.value === 'country' ? countries.length : localAuthorities.length,
		})),
		base: {
			region: region?.value ?? '',
			regionLabel: region?.label ?? '',
			kind: kind?.value ?? '',
			kindLabel,
		},
		period: participationPeriod(),
		/** the number of local authorities the foreword states (the list names another) */
		statedLocalAuthorities:
			claimRows().find((claim) => claim.id === 'foreword-local-authorities')?.stated ?? '',
	};
};
