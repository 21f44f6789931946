import { tagsTable, toCsv } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(toCsv(tagsTable()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
