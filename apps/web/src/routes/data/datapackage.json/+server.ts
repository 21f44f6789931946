import { dataPackage } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

/** a Frictionless Data Package describing the three CSV files next to it */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
