import { datasetDocument } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

/** the whole dataset, exactly as core's datasetDocument() gives it */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(datasetDocument(), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
