import { error } from '@sveltejs/kit';
import { findShareEntry, shareEntries } from '$lib/server/share-cards';
import { sharePng } from '$lib/server/share-image';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	shareEntries().map(({ section, id }) => ({ section, id }));

export const GET: RequestHandler = async ({ params }) => {
	const entry = findShareEntry(params.section, params.id);
	if (!entry) error(404, 'No such share image');
	const png = await sharePng(entry.card());
	return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
