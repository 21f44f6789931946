import { countries, type Publication, publication, publications, stories } from '@mgi-stories/core';
import { getLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { API_URL, SITE_NAME, SITE_URL } from '$lib/server/config';
import type { SiteInfo, SourceInfo } from '$lib/types';
import type { LayoutServerLoad } from './$types';

const sourceInfo = (edition: Publication): SourceInfo => ({
	title: edition.title,
	publisher: edition.publisher,
	year: edition.year,
	licence: edition.licence.name,
	licenceUrl: edition.licence.url,
	requiredCitation: edition.requiredCitation,
});

export const load: LayoutServerLoad = (): { site: SiteInfo; locale: Locale } => ({
	locale: getLocale(),
	site: {
		name: SITE_NAME,
		url: SITE_URL,
		apiUrl: API_URL,
		sources: publications.map(sourceInfo),
		programmeUrl: publication.programmeContact.url,
		shareImageAlt: m.og_home_alt({
			title: m.og_title_home(),
			stories: stories.length,
			countries: countries.length,
		}),
	},
});
