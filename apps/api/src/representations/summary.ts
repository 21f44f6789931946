/** @module the short forms stories and governments show of each other, and the paths they link to */
import type { Country, Locale, Story } from '@mgi-stories/core';
import { localizedNames } from './localized.js';

export const storyPath = (slug: string) => `/v1/stories/${slug}`;
export const governmentPath = (id: string) => `/v1/governments/${id}`;
export const storiesOfPath = (id: string) => `/v1/stories?country=${encodeURIComponent(id)}`;

/** A story as a government lists it. */
export function storySummary(story: Story) {
	return {
		slug: story.slug,
		heading: story.heading,
		page: story.page,
		level: story.level,
		localAuthority: story.localAuthority,
		links: { self: storyPath(story.slug) },
	};
}

/** A country as a story or a local authority shows it: without its local authorities. */
export function countrySummary(country: Country, language: Locale) {
	const { localAuthorities: _, ...rest } = country;
	return {
		id: country.alpha3,
		...rest,
		localized: localizedNames(country, language),
		links: { self: governmentPath(country.alpha3), stories: storiesOfPath(country.alpha3) },
	};
}
