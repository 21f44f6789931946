/** @module headers every response carries: CORS for public data, security, caching defaults, source link */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

/** CDN-friendly caching; a new build changes the bytes, hence the ETag, so caches revalidate. */
export const PUBLIC_CACHE_CONTROL =
	'public, max-age=3600, s-maxage=86400, stale-while-revalidate=3600';

const LOCKED_DOWN = { frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

/** The docs page runs only its own script and style and talks only to this API. */
export const DOCS_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Response headers a browser script may read. */
export const EXPOSED_HEADERS = [
	'ETag',
	'Link',
	'X-Total-Count',
	'Content-Location',
	'Content-Disposition',
	'X-Request-Id',
	'RateLimit',
	'RateLimit-Policy',
	'Retry-After',
];

/** Public, read-only data: any origin, no credentials; preflights are answered for a day. */
export const corsHeaders = (): MiddlewareHandler =>
	cors({
		origin: '*',
		allowMethods: [...ALLOWED_METHODS],
		allowHeaders: ['Accept', 'If-None-Match', 'If-Modified-Since', 'X-Request-Id'],
		exposeHeaders: EXPOSED_HEADERS,
		maxAge: 86400,
	});

/**
 * Hono's security headers, tuned for an API: nothing may run, embed or frame it (CSP), but any
 * site may read it (CORP cross-origin). A route that sets its own CSP (the docs page) keeps it.
 */
export const securityHeaders = (): MiddlewareHandler =>
	secureHeaders({
		overwrite: false,
		contentSecurityPolicy: { defaultSrc: ["'none'"], ...LOCKED_DOWN },
		crossOriginResourcePolicy: 'cross-origin',
		xFrameOptions: 'DENY',
	});

const DEFAULTS: Readonly<Record<string, string>> = {
	'Cache-Control': PUBLIC_CACHE_CONTROL,
	Link: '</v1/source>; rel="license", </openapi.json>; rel="service-desc"',
};

/** Caching and the licence link, set before the handler so handlers and errors can override them. */
export const defaultHeaders = (): MiddlewareHandler => async (c, next) => {
	for (const name in DEFAULTS) c.header(name, DEFAULTS[name]);
	await next();
};
