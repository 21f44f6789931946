import { error } from '@sveltejs/kit';
import { citationFile, citationFileNames } from '$lib/server/citation-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => citationFileNames().map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const file = citationFile(params.file);
	if (!file) error(404, 'No such citation');
	return new Response(file.text, {
		headers: {
			'Content-Type': file.type,
			'Content-Disposition': `attachment; filename="${params.file}"`,
		},
	});
};
