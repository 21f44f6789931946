import { findStory, stories } from '@mgi-stories/core';
import { error, json } from '@sveltejs/kit';
import { storyOembed } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stories.map((story) => ({ slug: story.slug }));

export const GET: RequestHandler = ({ params }) => {
	const story = findStory({ slug: params.slug });
	if (!story) error(404, 'No such story');
	return json(storyOembed(story));
};
