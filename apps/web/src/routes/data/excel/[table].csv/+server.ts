import { csvResponse, tableNames } from '$lib/server/dataset-tables';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => tableNames('excel').map((table) => ({ table }));

/** The Excel variant of each table: UTF-8 with a byte order mark, codes kept as text. */
export const GET: RequestHandler = ({ params }) => csvResponse('excel', params.table);
