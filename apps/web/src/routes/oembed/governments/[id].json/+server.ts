import { governmentId, governments } from '@mgi-stories/core';
import { error, json } from '@sveltejs/kit';
import { governmentOembed } from '$lib/server/embed';
import { governmentByPathId } from '$lib/server/governments';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	governments.map((government) => ({ id: governmentId(government).toLowerCase() }));

export const GET: RequestHandler = ({ params }) => {
	const government = governmentByPathId(params.id);
	if (!government || governmentId(government).toLowerCase() !== params.id)
		error(404, 'No such government');
	return json(governmentOembed(government));
};
