import { CITATION_MEDIA_TYPES, cite, findStory, stories } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stories.map((story) => ({ slug: story.slug }));

export const GET: RequestHandler = ({ params }) => {
	const story = findStory({ slug: params.slug });
	if (!story) error(404, 'No such story');
	return new Response(cite({ story, style: 'ris' }), {
		headers: { 'Content-Type': CITATION_MEDIA_TYPES.ris },
	});
};
