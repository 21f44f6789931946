/** @module how a story is represented: core's record unchanged, plus links, government and citations */
import {
	citeAll,
	type Locale,
	localAuthorityOf,
	type Story,
	storyCountry,
} from '@mgi-stories/core';
import { countrySummary, storyPath } from './summary.js';

export { storyPath };

export function storyItem(story: Story) {
	return {
		...story,
		links: {
			self: storyPath(story.slug),
			citation: `${storyPath(story.slug)}/citation`,
			government: `/v1/governments/${story.localAuthority ?? story.country}`,
			country: `/v1/governments/${story.country}`,
		},
	};
}
export type StoryItem = ReturnType<typeof storyItem>;

/** A story with its government and citations; only the government's names follow `language`. */
export function storyDetail(story: Story, language: Locale) {
	return {
		...storyItem(story),
		government: {
			country: countrySummary(storyCountry(story), language),
			localAuthority: localAuthorityOf(story),
		},
		citations: citeAll({ story }),
	};
}
