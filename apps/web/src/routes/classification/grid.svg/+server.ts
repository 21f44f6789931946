import { classificationSvg } from '$lib/server/classification-image';
import type { RequestHandler } from './$types';

export const prerender = true;

/** the classification grid as a standalone SVG (text drawn as shapes: no font needed) */
export const GET: RequestHandler = async () =>
	new Response(await classificationSvg(), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
