/** @module a government's names in the response's language: ours (CLDR and the UN), never the booklet's words changed */
import {
	countryOf,
	type Government,
	governmentName,
	type Locale,
	regionName,
} from '@mgi-stories/core';

/**
 * A government's name and its country's UN M49 areas in `language`. The English and official fields
 * beside it (`name`, `officialName`, `region`…) never change with the language; a local authority's
 * name is the booklet's in every language.
 */
export function localizedNames(government: Government, language: Locale) {
	const country = countryOf(government);
	return {
		language,
		name: governmentName(government, { locale: language }),
		region: regionName(country.regionCode, { locale: language }),
		subregion: regionName(country.subregionCode, { locale: language }),
		...(country.intermediateRegionCode
			? { intermediateRegion: regionName(country.intermediateRegionCode, { locale: language }) }
			: {}),
	};
}
