/** @module a government's names in the response's language: ours (CLDR and the UN), never the booklet's words changed */
import {
	countryOf,
	type Government,
	governmentName,
	type LocalAuthority,
	type Locale,
	regionName,
} from '@mgi-stories/core';
import { localAuthorityWordsIn, officialNameIn } from '../i18n/translations.js';

/**
 * A government's name, a country's official name and its country's UN M49 areas in `language`, as
 * the site shows them. The English and official fields beside it (`name`, `officialName`, `region`…)
 * never change with the language; a local authority's name is the booklet's in every language.
 */
export function localizedNames(government: Government, language: Locale) {
	const country = countryOf(government);
	const officialName =
		government.kind === 'country' ? officialNameIn(government, language) : undefined;
	return {
		language,
		name: governmentName(government, { locale: language }),
		...(officialName ? { officialName } : {}),
		region: regionName(country.regionCode, { locale: language }),
		subregion: regionName(country.subregionCode, { locale: language }),
		...(country.intermediateRegionCode
			? { intermediateRegion: regionName(country.intermediateRegionCode, { locale: language }) }
			: {}),
	};
}

/** A local authority's names, its level, our reading of it and what its point is in `language`. */
export function localAuthorityLocalized(authority: LocalAuthority, language: Locale) {
	const { level, levelReason, pointIs } = localAuthorityWordsIn(authority, language);
	return { ...localizedNames(authority, language), level, levelReason, pointIs };
}

/** A local authority's record as a country or a story embeds it: unchanged, with its `localized` fields. */
export const localAuthorityRecord = (authority: LocalAuthority, language: Locale) => ({
	...authority,
	localized: localAuthorityLocalized(authority, language),
});
