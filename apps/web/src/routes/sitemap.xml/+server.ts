import { alternatePaths, baseLocale, localePath } from '$lib/i18n';
import { absoluteUrl } from '$lib/server/config';
import { sitePaths } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's translations (and English as the default), as sitemap hreflang annotations. */
const alternateLinks = (route: string) =>
	[...alternatePaths(route), { locale: 'x-default', path: localePath(route, baseLocale) }]
		.map(
			({ locale, path }) =>
				`<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(absoluteUrl(path))}"/>`,
		)
		.join('');

export const GET: RequestHandler = () => {
	const urls = sitePaths()
		.flatMap((route) => {
			const links = alternateLinks(route);
			return alternatePaths(route).map(
				({ path }) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc>${links}</url>`,
			);
		})
		.join('\n');
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
