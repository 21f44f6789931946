import { datasetFiles } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** table name → its Excel file; a Map, so a name such as "constructor" finds nothing */
const excelFiles = () =>
	new Map(
		Object.entries(datasetFiles())
			.filter(([name]) => name.startsWith('excel/'))
			.map(([name, text]) => [name.slice('excel/'.length, -'.csv'.length), text]),
	);

export const entries: EntryGenerator = () => [...excelFiles().keys()].map((table) => ({ table }));

/** The Excel variant of each table: UTF-8 with a byte order mark, codes kept as text. */
export const GET: RequestHandler = ({ params }) => {
	const text = excelFiles().get(params.table);
	if (text === undefined) error(404, 'No such table');
	// encode ourselves: the byte order mark must reach the file
	return new Response(new TextEncoder().encode(text), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
