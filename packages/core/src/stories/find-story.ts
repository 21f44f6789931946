import { checkOptions } from '../arguments.js';
import { stories } from '../data.js';
import { ArgumentError } from '../errors.js';
import type { Story, StorySlug } from '../types.js';

/**
 * Finds a story by its slug, case-insensitively; `undefined` when there is none.
 * @example findStory({ slug: 'cambodia' })?.page // 4
 */
export function findStory(options: { slug: StorySlug | (string & {}) }): Story | undefined {
	const wanted = checkOptions('findStory', options, ['slug']).string('slug').toLowerCase();
	return stories.find((story) => story.slug === wanted);
}

/**
 * The story with this slug (case-insensitive); throws an `ArgumentError` listing the slugs when there is none.
 * @example cite({ story: requireStory({ slug: 'cambodia' }), style: 'apa' })
 */
export function requireStory(options: { slug: StorySlug | (string & {}) }): Story {
	const story = findStory(options);
	if (story) return story;
	throw new ArgumentError(
		'requireStory',
		'slug',
		`one of ${stories.map((candidate) => JSON.stringify(candidate.slug)).join(', ')}`,
		options.slug,
	);
}
