/** @module how a government is represented: core's record unchanged, plus its id, story count and links */
import {
	type Country,
	countryOf,
	type Government,
	governmentId,
	type LocalAuthority,
	storiesOf,
} from '@mgi-stories/core';
import {
	countrySummary,
	governmentPath,
	storiesOfPath as storiesPath,
	storySummary,
} from './summary.js';

export { governmentPath };

export function countryItem(country: Country) {
	return {
		id: country.alpha3,
		...country,
		storyCount: storiesOf(country).length,
		links: { self: governmentPath(country.alpha3), stories: storiesPath(country.alpha3) },
	};
}

export function localAuthorityItem(authority: LocalAuthority) {
	return {
		...authority,
		storyCount: storiesOf(authority).length,
		links: {
			self: governmentPath(authority.id),
			stories: storiesPath(authority.id),
			country: governmentPath(authority.country),
		},
	};
}

export const governmentItem = (government: Government) =>
	government.kind === 'country' ? countryItem(government) : localAuthorityItem(government);
export type GovernmentItem = ReturnType<typeof governmentItem>;

export function governmentDetail(government: Government) {
	const stories = storiesOf(government).map(storySummary);
	return government.kind === 'country'
		? { ...countryItem(government), stories }
		: {
				...localAuthorityItem(government),
				country: countrySummary(countryOf(government)),
				stories,
			};
}

/** A government named in resolver and search results: enough to show and follow it. */
export function governmentRef(government: Government) {
	const id = governmentId(government);
	return {
		id,
		kind: government.kind,
		bookletName: government.bookletName,
		country: countryOf(government).alpha3,
		links: { self: governmentPath(id) },
	};
}
