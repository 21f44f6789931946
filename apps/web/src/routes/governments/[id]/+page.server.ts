import {
	countryOf,
	governmentFormalPlace,
	governmentId,
	governments,
	ownStoriesOf,
	publicationOf,
	storiesOf,
} from '@mgi-stories/core';
import { localizedLocalAuthority } from '@mgi-stories/core/i18n';
import { error } from '@sveltejs/kit';
import { coreLocale, inWords } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { place } from '$lib/places';
import { API_URL, absoluteUrl } from '$lib/server/config';
import {
	fieldSources,
	m49AreaSources,
	officialNameSources,
	sourceName,
} from '$lib/server/field-sources';
import { governmentByPathId, levelReasonParts } from '$lib/server/governments';
import { governmentPlaceJsonLd } from '$lib/server/json-ld';
import { locatorMap } from '$lib/server/map';
import { pageMeta } from '$lib/server/meta';
import { areaName, byName, governmentPlaceInputs, nameOf } from '$lib/server/names';
import { formerNameSources, otherNames } from '$lib/server/other-names';
import { governmentPath, oembedPath, regionPath } from '$lib/server/paths';
import { sharePath } from '$lib/server/share-cards';
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
	const stories = storiesOf(government).map((story) => ({
		...summarize(story),
		paragraphs: story.text.split(/\n\n+/),
	}));
	const local = government.kind === 'local';
	const name = governmentPlaceInputs(government);
	const path = governmentPath(government);
	const counts = {
		...place('name', nameOf(country)),
		count: country.localAuthorities.length,
		countText: inWords(country.localAuthorities.length, 'feminine'),
	};
	// a country whose only story is a local authority's (Brazil's is São Paulo's) says whose it is
	const [storyTold] = storiesOf(government);
	const storyAuthority = country.localAuthorities.find(
		(authority) => authority.id === storyTold?.localAuthority,
	);
	const description = local
		? m.gov_meta_local({
				name: nameOf(government),
				country: nameOf(country),
				hasStory: stories.length > 0 ? 'yes' : 'no',
			})
		: stories.length === 0
			? m.gov_meta_country_no_story(counts)
			: storyAuthority && ownStoriesOf(government).length === 0
				? m.gov_meta_country_local_story({ ...counts, authority: nameOf(storyAuthority) })
				: m.gov_meta_country_story(counts);
	return {
		meta: pageMeta({
			title: m.gov_meta_title(name),
			description,
			path,
			oembed: oembedPath('governments', params.id),
			image: {
				path: sharePath('governments', params.id),
				alt: m.og_alt_government({ ...name, kind: government.kind }),
			},
			jsonLd: {
				'@context': 'https://schema.org',
				...governmentPlaceJsonLd(government),
				url: absoluteUrl(path),
				geo: {
					'@type': 'GeoCoordinates',
					latitude: government.point.lat,
					longitude: government.point.lon,
				},
			},
		}),
		government: {
			id: governmentId(government),
			kind: government.kind,
			name: nameOf(government),
			edition: government.edition,
			point: government.point,
			gazetteer: local ? government.gazetteer : null,
			level: local ? government.level : null,
			// core's words for the level and the point, in the page's language (English for the pseudo-locale)
			levelWords: local ? localizedLocalAuthority(government, { locale: coreLocale() }) : null,
			levelReason: local ? levelReasonParts(government) : null,
			subdivision: local ? government.subdivision : null,
		},
		country: {
			name: nameOf(country),
			bookletName: country.bookletName,
			commonName: country.name,
			// none where UNTERM lists no formal name in the locale (Côte d’Ivoire, Türkiye): the row is left out
			officialName: governmentFormalPlace(country, { locale: coreLocale() })?.name ?? null,
			otherNames: otherNames(country),
			// each fact's source, as core records it for the field
			sources: {
				officialName: officialNameSources(country),
				m49Areas: m49AreaSources(),
				otherNames: fieldSources('altNames'),
				formerNames: formerNameSources(country).map(sourceName),
				codes: fieldSources('alpha2'),
				point: fieldSources('point'),
			},
			href: governmentPath(country),
			region: areaName(country.region),
			regionHref: regionPath(country.region),
			regionHasStories: regionHasStories(country.region),
			regionCode: country.regionCode,
			subregion: areaName(country.subregion),
			subregionCode: country.subregionCode,
			intermediateRegion: country.intermediateRegion ? areaName(country.intermediateRegion) : null,
			intermediateRegionCode: country.intermediateRegionCode,
			alpha2: country.alpha2,
			alpha3: country.alpha3,
			numeric: country.numeric,
			localAuthorities: [...country.localAuthorities].sort(byName(nameOf)).map((authority) => ({
				id: authority.id,
				name: nameOf(authority),
				href: governmentPath(authority),
				current: authority === government,
			})),
		},
		stories,
		map: locatorMap(government),
		api: `${API_URL}/v1/governments/${governmentId(government)}`,
		period: publicationOf(government.edition).participationPeriod,
	};
};
