import { absoluteUrl } from '$lib/server/config';
import { sitePaths } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: RequestHandler = () => {
	const urls = sitePaths()
		.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`)
		.join('\n');
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
