/** @module government projections for the pages */
import {
	countries,
	countryOf,
	type Government,
	governmentById,
	governmentId,
	type LocalAuthority,
	ownStoriesOf,
} from '@mgi-stories/core';
import { localizedLevelReason } from '@mgi-stories/core/i18n';
import { escapeRegExp } from '$lib/english-names';
import { coreLocale } from '$lib/i18n';
import { afterLabel } from '$lib/places';
import type { GovernmentSummary, SentencePart } from '$lib/types';
import { areaName, nameOf } from './names';
import { governmentPath, regionSlug, storyPath } from './paths';
import { quotedParts } from './quotations';

/**
 * Why a local authority has its level, as it follows its source (« d’après la brochure : », « notre
 * lecture : »), in the page's words;
 * a quotation of the booklet and the GeoNames division it names (its English name, « Heredia
 * Province ») stay English.
 */
export function levelReasonParts(authority: LocalAuthority): SentencePart[] {
	const locale = coreLocale();
	const parts = quotedParts(
		afterLabel(localizedLevelReason(authority, { locale })),
		[],
		authority.level.reason,
	);
	if (locale === 'en') return parts;
	// only where the reading gives the division's name in brackets: the same name in running text
	// (« à São Paulo », « Guanajuato et Oaxaca ») is a place the page's language names too
	const division = new RegExp(`(${escapeRegExp(authority.subdivision.admin1.name)})(?=\\))`, 'u');
	return parts.flatMap((part) =>
		part.lang
			? [part]
			: part.text
					.split(division)
					// split keeps the captured name at the odd places
					.map((text, index): SentencePart => (index % 2 === 1 ? { text, lang: 'en' } : { text }))
					.filter((piece) => piece.text !== ''),
	);
}

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
