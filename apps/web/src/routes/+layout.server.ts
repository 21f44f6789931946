import { publication } from '@mgi-stories/core';
import { getLocale, type Locale } from '$lib/i18n';
import { API_URL, SITE_NAME, SITE_URL } from '$lib/server/config';
import type { SiteInfo } from '$lib/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (): { site: SiteInfo; locale: Locale } => ({
	locale: getLocale(),
	site: {
		name: SITE_NAME,
		url: SITE_URL,
		apiUrl: API_URL,
		source: {
			title: publication.title,
			publisher: publication.publisher,
			year: publication.year,
			licence: publication.licence.name,
			licenceUrl: publication.licence.url,
			requiredCitation: publication.requiredCitation,
			// the MGI programme's page (the booklet's back cover), not an address of the booklet
			url: publication.programmeContact.url,
		},
	},
});
