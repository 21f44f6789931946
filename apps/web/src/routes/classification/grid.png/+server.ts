import { classificationPng } from '$lib/server/classification-image';
import type { RequestHandler } from './$types';

export const prerender = true;

/** the classification grid as a PNG, rendered from the SVG at build time */
export const GET: RequestHandler = async () =>
	new Response((await classificationPng()) as unknown as BodyInit, {
		headers: { 'Content-Type': 'image/png' },
	});
