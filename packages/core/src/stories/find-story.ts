import { stories } from '../data.js';
import type { Story } from '../schema/story.js';

/** Finds a story by its slug, case-insensitively. */
export function findStory({ slug }: { slug: string }): Story | undefined {
	const wanted = slug.toLowerCase();
	return stories.find((story) => story.slug === wanted);
}
