import { jsonSchemas } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Object.keys(jsonSchemas()).map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const schema = (jsonSchemas() as Record<string, unknown>)[params.name];
	if (!schema) error(404, 'No such schema');
	return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
