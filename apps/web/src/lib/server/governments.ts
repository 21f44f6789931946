/** @module government projections for the pages */
import {
	countries,
	countryOf,
	type Government,
	governmentById,
	governmentId,
	ownStoriesOf,
} from '@mgi-stories/core';
import type { GovernmentSummary } from '$lib/types';
import { areaName, nameOf } from './names';
import { governmentPath, regionSlug, storyPath } from './paths';

/** Governments in the booklet's order: each country followed by its local authorities. */
export function bookletOrder(): Government[] {
	return countries.flatMap((country) => [country, ...country.localAuthorities]);
}

export function summarizeGovernment(government: Government, order: number): GovernmentSummary {
	const country = countryOf(government);
	const own = ownStoriesOf(government);
	return {
		id: governmentId(government),
		href: governmentPath(government),
		kind: government.kind,
		name: nameOf(government),
		country: nameOf(country),
		countryHref: governmentPath(country),
		region: areaName(country.region),
		regionSlug: regionSlug(country.region),
		subregion: areaName(country.subregion),
		alpha3: country.alpha3,
		alpha2: government.kind === 'country' ? government.alpha2 : null,
		numeric: government.kind === 'country' ? government.numeric : null,
		localAuthorities: government.kind === 'country' ? government.localAuthorities.length : 0,
		stories: own.length,
		storyHref: own[0] ? storyPath(own[0].slug) : null,
		order,
	};
}

export const governmentSummaries = (): GovernmentSummary[] =>
	bookletOrder().map((government, order) => summarizeGovernment(government, order));

/** A government by the id used in its URL: alpha-3 (any case) or a local authority id. */
export const governmentByPathId = (id: string): Government | undefined => governmentById({ id });

export const KINDS = [
	{ value: 'country', label: 'Countries' },
	{ value: 'local', label: 'Local authorities' },
] as const;
