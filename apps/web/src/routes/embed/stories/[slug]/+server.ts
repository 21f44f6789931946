import { findStory, stories } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import { embedCard } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// written as embed/stories/<slug>/index.html, like every page
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => stories.map((story) => ({ slug: story.slug }));

export const GET: RequestHandler = ({ params }) => {
	const story = findStory({ slug: params.slug });
	if (!story) error(404, 'No such story');
	// exactly text/html: the prerenderer saves only that type as an HTML page
	return new Response(embedCard(story), { headers: { 'Content-Type': 'text/html' } });
};
