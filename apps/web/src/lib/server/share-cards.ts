/** @module which share image each page gets: its path under /og/ and what the card shows */
import {
	countries,
	countryOf,
	governmentId,
	governments,
	localAuthorities,
	stories,
} from '@mgi-stories/core';
import { localHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { locatorMap, regionMap, worldMap } from './map';
import { areaName, nameOf } from './names';
import { regionSlug } from './paths';
import { regionNames } from './regions';
import type { ShareCard } from './share-image';
import { placeOf } from './stories';

export interface ShareEntry {
	section: 'site' | 'stories' | 'governments' | 'regions';
	id: string;
	card: () => ShareCard;
}

/** The share image of a page, in the locale being rendered (`/fr/og/stories/albania.png`). */
export const sharePath = (section: ShareEntry['section'], id: string) =>
	localHref(`/og/${section}/${id}.png`);

/** Every share image the site publishes. */
export function shareEntries(): ShareEntry[] {
	return [
		{
			section: 'site',
			id: 'home',
			card: () => ({
				kicker: m.og_kicker_home({ stories: stories.length, countries: countries.length }),
				title: m.og_title_home(),
				map: worldMap(),
			}),
		},
		...stories.map(
			(story): ShareEntry => ({
				section: 'stories',
				id: story.slug,
				card: () => {
					const country = countryOf(story);
					const place = placeOf(story);
					const authority = localAuthorities.find(
						(candidate) => candidate.id === story.localAuthority,
					);
					return {
						kicker: m.og_kicker_story({ page: story.page }),
						title: place
							? m.local_authority_name({ name: place, country: nameOf(country) })
							: nameOf(country),
						map: locatorMap(authority ?? country),
					};
				},
			}),
		),
		...governments.map(
			(government): ShareEntry => ({
				section: 'governments',
				id: governmentId(government).toLowerCase(),
				card: () => ({
					kicker: government.kind === 'local' ? m.og_kicker_local() : m.og_kicker_country(),
					// a local authority with its country, as the site names it: « Montréal (Canada) »
					title:
						government.kind === 'local'
							? m.local_authority_name({
									name: nameOf(government),
									country: nameOf(countryOf(government)),
								})
							: nameOf(government),
					map: locatorMap(government),
				}),
			}),
		),
		...regionNames().map(
			(region): ShareEntry => ({
				section: 'regions',
				id: regionSlug(region),
				card: () => ({
					kicker: m.og_kicker_region(),
					title: areaName(region),
					map: regionMap(region),
				}),
			}),
		),
	];
}

export const findShareEntry = (section: string, id: string) =>
	shareEntries().find((entry) => entry.section === section && entry.id === id);
