/** @module how a government is represented: core's record unchanged, plus its id, story count and links */
import {
	type Country,
	countryOf,
	type Government,
	governmentId,
	type LocalAuthority,
	type Locale,
	ownStoriesOf,
	storiesOf,
} from '@mgi-stories/core';
import { localAuthorityLocalized, localAuthorityRecord, localizedNames } from './localized.js';
import {
	countrySummary,
	governmentPath,
	storiesOfPath as storiesPath,
	storySummary,
} from './summary.js';

export { governmentPath };

export function countryItem(country: Country, language: Locale) {
	return {
		id: country.alpha3,
		...country,
		localAuthorities: country.localAuthorities.map((authority) =>
			localAuthorityRecord(authority, language),
		),
		localized: localizedNames(country, language),
		storyCount: ownStoriesOf(country).length,
		links: { self: governmentPath(country.alpha3), stories: storiesPath(country.alpha3) },
	};
}

export function localAuthorityItem(authority: LocalAuthority, language: Locale) {
	const { id, kind, edition, bookletName, ...rest } = authority;
	return {
		id,
		kind,
		edition,
		bookletName,
		// the booklet's name is the only one the dataset has for a local authority
		name: bookletName,
		...rest,
		localized: localAuthorityLocalized(authority, language),
		storyCount: ownStoriesOf(authority).length,
		links: {
			self: governmentPath(authority.id),
			stories: storiesPath(authority.id),
			country: governmentPath(authority.country),
		},
	};
}

export const governmentItem = (government: Government, language: Locale) =>
	government.kind === 'country'
		? countryItem(government, language)
		: localAuthorityItem(government, language);
export type GovernmentItem = ReturnType<typeof governmentItem>;

export function governmentDetail(government: Government, language: Locale) {
	const stories = storiesOf(government).map(storySummary);
	return government.kind === 'country'
		? { ...countryItem(government, language), stories }
		: {
				...localAuthorityItem(government, language),
				country: countrySummary(countryOf(government), language),
				stories,
			};
}

/** A government named in resolver and search results: enough to show and follow it. */
export function governmentRef(government: Government, language: Locale) {
	const id = governmentId(government);
	return {
		id,
		kind: government.kind,
		bookletName: government.bookletName,
		localized: localizedNames(government, language),
		country: countryOf(government).alpha3,
		links: { self: governmentPath(id) },
	};
}
