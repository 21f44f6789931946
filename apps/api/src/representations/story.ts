/** @module how a story is represented: core's record unchanged, plus links, government and citations */
import { citeAll, countryOf, type Locale, localAuthorityOf, type Story } from '@mgi-stories/core';
import { localAuthorityRecord } from './localized.js';
import { countrySummary, storyPath } from './summary.js';
import { tagItem } from './tag.js';

export { storyPath };

/** A story with its tags labelled in `language` and marked as our reading. */
export function storyItem(story: Story, language: Locale) {
	return {
		...story,
		tags: story.tags.map((tag) => tagItem(tag, language)),
		links: {
			self: storyPath(story.slug),
			citation: `${storyPath(story.slug)}/citation`,
			government: `/v1/governments/${story.localAuthority ?? story.country}`,
			country: `/v1/governments/${story.country}`,
		},
	};
}
export type StoryItem = ReturnType<typeof storyItem>;

/** A story with its government and citations; only our names and labels follow `language`. */
export function storyDetail(story: Story, language: Locale) {
	const authority = localAuthorityOf(story);
	return {
		...storyItem(story, language),
		government: {
			country: countrySummary(countryOf(story), language),
			// JSON keeps the field: null for a national story
			localAuthority: authority ? localAuthorityRecord(authority, language) : null,
		},
		citations: citeAll({ story }),
	};
}
