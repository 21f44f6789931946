/** @module the API as one Hono app: no runtime-specific imports, so Node and workerd serve the same thing */
/// <reference path="./openapi/virtual.d.ts" />
/// <reference path="./docs/virtual.d.ts" />
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Hono } from 'hono/tiny';
import { getPath } from 'hono/utils/url';
import type { Compress } from './http/encoding.js';
import { declaredVariances } from './http/variance.js';
import { type AccessLogEntry, accessLog, accessLogEntry } from './middleware/access-log.js';
import {
	type Reply,
	RepresentationMemo,
	type RequestView,
	toResponse,
} from './middleware/cache.js';
import { guard, noQuery, REFUSED_METHODS } from './middleware/guard.js';
import {
	ALLOWED_METHODS,
	corsHeaders,
	defaultHeaders,
	securityHeaders,
} from './middleware/headers.js';
import { DATASET_PATHS, lastModified } from './middleware/last-modified.js';
import { type RateLimitOptions, rateLimit } from './middleware/rate-limit.js';
import { requestId, requestIdFor } from './middleware/request-id.js';
import { PROBLEM_TYPES, ProblemError, type ProblemTypeId, problemResponse } from './problem.js';
import { docsRoutes } from './routes/docs.js';
import { downloadsRoutes } from './routes/downloads.js';
import { facetsRoutes } from './routes/facets.js';
import { governmentsRoutes } from './routes/governments.js';
import { indexRoutes, rootRoutes } from './routes/index.js';
import { metaRoutes } from './routes/meta.js';
import { resolveRoutes } from './routes/resolve.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/source.js';
import { statsRoutes } from './routes/stats.js';
import { storiesRoutes } from './routes/stories.js';

export interface AppOptions {
	/** accounted bytes of memoized representations (default 16 MB; 0 turns memoizing off) */
	cacheBytes?: number;
	/** memoized representations at most (default 2,000) */
	cacheEntries?: number;
	/** compresses representations for clients that accept br or gzip (the Node entry passes node:zlib) */
	compress?: Compress;
	/** a memo to use instead of one built from the options above (tests inspect its accounting) */
	memo?: RepresentationMemo;
	/** called once per answered request (the Node entry prints it) */
	log?: (entry: AccessLogEntry) => void;
	/** per-client limits (429 past them); none when absent */
	rateLimit?: RateLimitOptions;
	/** /openapi.json's JSON text (default: the document the build generated, bundled; the Worker reads its static asset) */
	openApiDocument?: () => Promise<string>;
	/** /docs/app.js's text (default: the script the build made, bundled; the Worker reads its static asset) */
	docsScript?: () => Promise<string>;
	/** /docs/app.css's text (default: the stylesheet, bundled; the Worker reads its static asset) */
	docsStyle?: () => Promise<string>;
}

/** the document the build generated from the routes (./openapi/generate.ts), imported on first use */
const bundledOpenApiDocument = async () => (await import('virtual:openapi-document')).default;

/** the docs' browser script the build made from ./docs/client.ts, imported on first use */
const bundledDocsScript = async () => (await import('virtual:docs-client')).default;
const bundledDocsStyle = async () => (await import('virtual:docs-client')).style;

/** the problem type of an HTTPException's status: the first type declared with that status */
const statusTypes = new Map<number, ProblemTypeId>();
for (const [id, { status }] of Object.entries(PROBLEM_TYPES)) {
	if (!statusTypes.has(status)) statusTypes.set(status, id as ProblemTypeId);
}

const methodNotAllowed = (c: Context) =>
	problemResponse(c, {
		type: 'method-not-allowed',
		detail: `${c.req.method} is not allowed on ${c.req.path}: the API is read-only (${ALLOWED_METHODS.join(', ')}).`,
		headers: { Allow: ALLOWED_METHODS.join(', ') },
	});

/**
 * Builds the API. Every response is JSON (or CSV/NDJSON/citation text on request), cacheable by
 * ETag, and every error is an RFC 9457 problem.
 */
export function createApp({
	cacheBytes,
	cacheEntries,
	compress,
	memo,
	log,
	rateLimit: limits,
	openApiDocument = bundledOpenApiDocument,
	docsScript = bundledDocsScript,
	docsStyle = bundledDocsStyle,
}: AppOptions = {}) {
	const app = new Hono();
	memo ??= new RepresentationMemo({ maxBytes: cacheBytes, maxEntries: cacheEntries, compress });
	app.use(
		'*',
		requestId(),
		...(log ? [accessLog(log)] : []),
		// before the memo, so memoized answers count too
		...(limits ? [rateLimit(limits)] : []),
		memo.middleware(),
		securityHeaders(),
		corsHeaders(),
		defaultHeaders(),
		guard(),
		// hono/tiny's router takes a trailing slash as optional: the API's paths have none (a 404 says so)
		async (c, next) => (c.req.path.length > 1 && c.req.path.endsWith('/') ? c.notFound() : next()),
	);
	app.use(DATASET_PATHS, lastModified());

	const routes = app
		.route('/', rootRoutes)
		.route('/v1', indexRoutes)
		.route('/v1/stories', storiesRoutes)
		.route('/v1/governments', governmentsRoutes)
		.route('/v1/facets', facetsRoutes)
		.route('/v1/stats', statsRoutes)
		.route('/v1/resolve', resolveRoutes)
		.route('/v1/search', searchRoutes)
		.route('/v1/source', sourceRoutes)
		.route('/v1', downloadsRoutes)
		.route('/', metaRoutes)
		.route('/docs', docsRoutes(docsScript, docsStyle));

	// what each route declares it varies on keys the memo (before routing) and the document
	const variances = declaredVariances(routes.routes);
	memo.useVariances(variances.of);

	routes.get('/openapi.json', noQuery(), async (c) =>
		c.body(await openApiDocument(), 200, { 'Content-Type': 'application/json' }),
	);

	// every path that answers GET answers the other methods with 405 (OPTIONS is CORS's)
	const getPaths = new Set(routes.routes.filter((r) => r.method === 'GET').map((r) => r.path));
	for (const path of getPaths) routes.on(REFUSED_METHODS, path, methodNotAllowed);

	const isRoute = (path: string) =>
		routes.router.match('GET', path)[0].some(([[, route]]) => route.method === 'GET');

	routes.notFound((c) => {
		const { path } = c.req;
		const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : undefined;
		const hint = trimmed && isRoute(trimmed) ? ` Did you mean ${trimmed}?` : '';
		return problemResponse(c, {
			type: 'not-found',
			detail: `Nothing lives at ${path}.${hint} Start at /v1, or read the docs at /docs.`,
		});
	});

	routes.onError((error, c) => {
		if (error instanceof ProblemError) return problemResponse(c, error.problem);
		if (error instanceof HTTPException && error.status < 500) {
			return problemResponse(c, {
				type: statusTypes.get(error.status) ?? 'invalid-parameter',
				detail: error.message || 'The request cannot be served.',
			});
		}
		console.error(error);
		return problemResponse(c, {
			type: 'internal-error',
			detail: 'An unexpected error occurred. It has been logged.',
		});
	});

	return routes;
}

/** The API's type, for Hono's typed client: `hc<AppType>(baseUrl)`. */
export type AppType = ReturnType<typeof createApp>;

/** A Fetch request as the memo reads it. */
const fetchView = (request: Request): RequestView => ({
	method: request.method,
	url: request.url,
	path: getPath(request),
	header: (name) => request.headers.get(name),
});

/**
 * The API as a runtime's handler. A representation the memo holds is answered before Hono routes the
 * request (`fromMemo`: no context, no middleware chain, headers built once per variant), with the
 * same request id, headers and log line as through the app; anything else goes to the app. `fetch`
 * does both for Fetch runtimes (only the app when clients are rate limited: the limiter runs in it);
 * the Node entry calls `fromMemo` with Node's own request view, for clients the limits exempt.
 */
export function createHandler(options: AppOptions = {}) {
	const { cacheBytes, cacheEntries, compress, log } = options;
	const memo =
		options.memo ??
		new RepresentationMemo({ maxBytes: cacheBytes, maxEntries: cacheEntries, compress });
	const app = createApp({ ...options, memo });

	/** The memo's reply, logged; undefined when the app has to render the request. */
	const fromMemo = (request: RequestView): Reply | undefined => {
		const started = log ? performance.now() : 0;
		const id = requestIdFor(request.header('x-request-id'));
		const reply = memo.reply(request, id);
		if (reply && log) log(accessLogEntry(request.method, request.url, reply.status, started, id));
		return reply;
	};

	const fetch = (
		request: Request,
		...rest: Parameters<typeof app.fetch> extends [unknown, ...infer Rest] ? Rest : never
	): Response | Promise<Response> => {
		const reply = options.rateLimit ? undefined : fromMemo(fetchView(request));
		return reply ? toResponse(reply) : app.fetch(request, ...rest);
	};
	return { app, fetch, fromMemo };
}
