import { countryOf, governmentId, governments, publication, storiesOf } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import { filterPath } from '$lib/filters';
import { API_URL, absoluteUrl } from '$lib/server/config';
import { governmentByPathId } from '$lib/server/governments';
import { locatorMap } from '$lib/server/map';
import { pageMeta } from '$lib/server/meta';
import { governmentPath, regionSlug } from '$lib/server/paths';
import { regionHasStories, summarize } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

// a government page is static: no framework code is shipped
export const csr = false;

export const entries: EntryGenerator = () =>
	governments.map((government) => ({ id: governmentId(government).toLowerCase() }));

export const load: PageServerLoad = ({ params }) => {
	const government = governmentByPathId(params.id);
	if (!government || governmentId(government).toLowerCase() !== params.id) {
		error(404, 'No such government');
	}
	const country = countryOf(government);
	const stories = storiesOf(government).map(summarize);
	const local = government.kind === 'local';
	const name = local ? `${government.bookletName}, ${country.bookletName}` : government.bookletName;
	const path = governmentPath(government);
	const description = local
		? `${government.bookletName} (${country.bookletName}), a local authority that took part in the Migration Governance Indicators: location, country and success stories.`
		: `${country.bookletName} (${country.alpha3}) in the Migration Governance Indicators: ISO codes, ${country.region} region, ${country.localAuthorities.length} participating local authorities and ${stories.length === 0 ? 'no success story in the booklet' : `${stories.length} success ${stories.length === 1 ? 'story' : 'stories'}`}.`;
	return {
		meta: pageMeta({
			title: local ? `${name}: local authority` : `${name}: participating country`,
			description,
			path,
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': local ? 'City' : 'Country',
				name: government.bookletName,
				url: absoluteUrl(path),
				identifier: governmentId(government),
				geo: {
					'@type': 'GeoCoordinates',
					latitude: government.point.lat,
					longitude: government.point.lon,
				},
				...(local ? { containedInPlace: { '@type': 'Country', name: country.name } } : {}),
			},
		}),
		government: {
			id: governmentId(government),
			kind: government.kind,
			name: government.bookletName,
			edition: government.edition,
			point: government.point,
			gazetteer: local ? government.gazetteer : null,
			level: local ? government.level : null,
			subdivision: local ? government.subdivision : null,
		},
		country: {
			name: country.bookletName,
			commonName: country.name,
			officialName: country.officialName,
			altNames: country.altNames,
			href: governmentPath(country),
			region: country.region,
			regionHref: `/governments/region/${regionSlug(country.region)}/`,
			// Oceania has no story, so no prerendered stories page
			regionStoriesHref: regionHasStories(country.region)
				? filterPath('region', regionSlug(country.region))
				: null,
			subregion: country.subregion,
			alpha2: country.alpha2,
			alpha3: country.alpha3,
			numeric: country.numeric,
			localAuthorities: country.localAuthorities.map((authority) => ({
				id: authority.id,
				name: authority.bookletName,
				href: governmentPath(authority),
				current: authority === government,
			})),
		},
		stories,
		map: locatorMap(government),
		api: `${API_URL}/v1/governments/${governmentId(government)}`,
		period: publication.participationPeriod,
	};
};
