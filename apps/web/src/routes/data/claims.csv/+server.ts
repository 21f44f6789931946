import { CSV_MEDIA_TYPE, claimsTable, toCsv } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(toCsv(claimsTable()), { headers: { 'Content-Type': CSV_MEDIA_TYPE } });
