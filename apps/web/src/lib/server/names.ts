/** @module names as a page shows them: the booklet's spelling in English, the UN's in the other locales (core's) */
import {
	countries,
	countryOf,
	type Government,
	governmentName,
	nameCollator,
	regionName,
} from '@mgi-stories/core';
import { coreLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { place } from '$lib/places';

/**
 * A government's name in the locale being rendered: in English as the booklet prints it ("Republic of
 * Moldova"), in French and Spanish core's UN short name ("République de Moldova"); local authorities
 * keep the booklet's spelling in every locale.
 */
export function nameOf(government: Government): string {
	return governmentName(government, { locale: coreLocale() });
}

/** every UN M49 area of the participating countries: its English name → its code */
const areaCodes = new Map(
	countries.flatMap((country) => [
		[country.region, country.regionCode] as const,
		[country.subregion, country.subregionCode] as const,
		...(country.intermediateRegion && country.intermediateRegionCode
			? [[country.intermediateRegion, country.intermediateRegionCode] as const]
			: []),
	]),
);

/**
 * A UN M49 region or sub-region, given by its English name ("Sub-Saharan Africa"), in the locale
 * being rendered ("Afrique subsaharienne").
 */
export function areaName(englishName: string): string {
	const code = areaCodes.get(englishName);
	return code ? regionName(code, { locale: coreLocale() }) : englishName;
}

/** Sorts by a name as the locale being rendered orders it ("Égypte" before "Espagne"). */
export function byName<T>(name: (item: T) => string): (a: T, b: T) => number {
	const { compare } = nameCollator({ locale: coreLocale() });
	return (a, b) => compare(name(a), name(b));
}

/** What the site calls a government: its name, a local authority's with its country ("São Paulo (Brésil)"). */
export function governmentLabel(government: Government): string {
	const name = nameOf(government);
	return government.kind === 'local'
		? m.local_authority_name({ name, country: nameOf(countryOf(government)) })
		: name;
}

/**
 * The inputs of a message about a government as a place: its name with its article, as a sentence
 * writes it (« l’État plurinational de Bolivie », not the list's « Bolivie (État plurinational de) »),
 * shown with its country for a local authority ("São Paulo (Brésil)").
 */
export function governmentPlaceInputs(government: Government) {
	return government.kind === 'local'
		? place('name', nameOf(government), governmentLabel(government))
		: place('name', nameOf(government));
}
