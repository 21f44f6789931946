import { csvResponse, tableNames } from '$lib/server/dataset-tables';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => tableNames('plain').map((table) => ({ table }));

export const GET: RequestHandler = ({ params }) => csvResponse('plain', params.table);
