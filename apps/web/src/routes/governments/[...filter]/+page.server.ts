import { countries, localAuthorities, regionStats } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import { parseGovernmentPath } from '$lib/government-filters';
import { absoluteUrl } from '$lib/server/config';
import { governmentSummaries, KINDS } from '$lib/server/governments';
import { pageMeta } from '$lib/server/meta';
import { regionSlug } from '$lib/server/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

const regions = () =>
	regionStats().map((region) => ({
		value: regionSlug(region.region),
		label: region.region,
		countries: region.countries,
		localAuthorities: region.localAuthorities,
	}));

/** `/governments/` and one prerendered page per region and per kind (the no-JavaScript filters) */
export const entries: EntryGenerator = () => [
	{ filter: '' },
	...regions().map((region) => ({ filter: `region/${region.value}` })),
	...KINDS.map((kind) => ({ filter: `kind/${kind.value}` })),
];

export const load: PageServerLoad = ({ params }) => {
	const base = parseGovernmentPath(params.filter);
	if (!base) error(404, 'No such filter');
	const region = regions().find((candidate) => candidate.value === base.region);
	const kind = KINDS.find((candidate) => candidate.value === base.kind);
	if (base.region && !region) error(404, 'No such region');

	const scope = region ? `in ${region.label}` : kind ? `: ${kind.label.toLowerCase()}` : '';
	const title = `Participating governments${scope ? ` ${scope}` : ''}`.replace(' :', ':');
	const path = region
		? `/governments/region/${region.value}/`
		: kind
			? `/governments/kind/${kind.value}/`
			: '/governments/';
	const description = `The ${countries.length} countries and ${localAuthorities.length} local authorities the MGI booklet lists as participants from 2016 to 2021, with ISO codes, UN regions and their success stories${scope ? `, ${scope.replace(/^: /, 'showing ')}` : ''}.`;
	return {
		meta: pageMeta({
			title,
			description,
			path,
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': 'CollectionPage',
				name: title,
				description,
				url: absoluteUrl(path),
			},
		}),
		governments: governmentSummaries(),
		regions: regions(),
		kinds: KINDS.map((candidate) => ({
			...candidate,
			count: candidate.value === 'country' ? countries.length : localAuthorities.length,
		})),
		base: {
			region: region?.value ?? '',
			regionLabel: region?.label ?? '',
			kind: kind?.value ?? '',
			kindLabel: kind?.label ?? '',
		},
	};
};
