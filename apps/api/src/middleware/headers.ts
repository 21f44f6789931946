/** @module headers every response carries: CORS for public data, security, caching defaults, source link */
import type { MiddlewareHandler } from 'hono';

/** CDN-friendly caching for data that only changes with a new dataset version (and a new ETag). */
export const PUBLIC_CACHE_CONTROL =
	'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';

export const API_CSP =
	"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The docs page runs only its own script and style and talks only to this API. */
export const DOCS_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const BASE_HEADERS: Readonly<Record<string, string>> = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers':
		'ETag, Link, X-Total-Count, Content-Location, Content-Disposition',
	'Content-Security-Policy': API_CSP,
	'Cross-Origin-Resource-Policy': 'cross-origin',
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Cache-Control': PUBLIC_CACHE_CONTROL,
	Link: '</v1/source>; rel="license", </openapi.json>; rel="service-desc"',
};

/** Headers a CORS preflight answer adds. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
	Allow: ALLOWED_METHODS,
	'Access-Control-Allow-Methods': ALLOWED_METHODS,
	'Access-Control-Allow-Headers': 'Accept, If-None-Match, Content-Type',
	'Access-Control-Max-Age': '86400',
};

/** Sets the base headers before the handler runs, so handlers and error responses inherit them. */
export const baseHeaders = (): MiddlewareHandler => async (c, next) => {
	for (const name in BASE_HEADERS) c.header(name, BASE_HEADERS[name]);
	await next();
};
