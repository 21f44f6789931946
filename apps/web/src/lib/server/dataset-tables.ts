/** @module the dataset's CSV tables as the site publishes them: the same files as in the dataset zip */
import { CSV_MEDIA_TYPE, datasetFiles } from '@mgi-stories/core';
import { error } from '@sveltejs/kit';

/** The variants of every table: plain RFC 4180 CSV at `/data/`, Excel's at `/data/excel/`. */
export type CsvVariant = 'plain' | 'excel';

const prefix = (variant: CsvVariant) => (variant === 'excel' ? 'excel/' : '');

/** The names of the tables (`stories`, `governments`, …), from core's dataset files. */
export function tableNames(variant: CsvVariant): string[] {
	return Object.keys(datasetFiles())
		.filter((name) => name.endsWith('.csv') && name.startsWith(prefix(variant)))
		.map((name) => name.slice(prefix(variant).length, -'.csv'.length))
		.filter((name) => !name.includes('/'));
}

/** One table as a CSV response; 404 for a name that is not a table. */
export function csvResponse(variant: CsvVariant, table: string): Response {
	const files = datasetFiles();
	const name = `${prefix(variant)}${table}.csv`;
	// own keys only: a table named "constructor" is no table
	if (!Object.hasOwn(files, name)) error(404, 'No such table');
	const text = files[name] ?? '';
	// encoded here: the Excel variant's byte order mark must reach the file
	return new Response(new TextEncoder().encode(text), {
		headers: { 'Content-Type': CSV_MEDIA_TYPE },
	});
}
