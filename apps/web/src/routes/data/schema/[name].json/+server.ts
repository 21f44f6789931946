import { jsonSchemas } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Object.keys(jsonSchemas()).map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const schemas = jsonSchemas() as Record<string, unknown>;
	// own keys only: a name such as "constructor" must not reach Object.prototype
	if (!Object.hasOwn(schemas, params.name)) error(404, 'No such schema');
	const schema = schemas[params.name];
	return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
