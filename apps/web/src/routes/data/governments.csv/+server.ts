import { governmentsTable, toCsv } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(toCsv(governmentsTable()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
