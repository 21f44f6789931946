/** @module the API as one Hono app: no runtime-specific imports, so Node and workerd serve the same thing */
import { OpenAPIHono } from '@hono/zod-openapi';
import { datasetVersion, publication } from '@mgi-stories/core';
import { HTTPException } from 'hono/http-exception';
import { RepresentationMemo } from './middleware/cache.js';
import { guard, noQuery } from './middleware/guard.js';
import { ALLOWED_METHODS, baseHeaders, PREFLIGHT_HEADERS } from './middleware/headers.js';
import { validationHook } from './openapi/hook.js';
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
	/** bytes of response bodies memoized across requests (default 16 MB; 0 turns memoizing off) */
	cacheBytes?: number;
}

/** Matches request paths against the app's GET routes, to tell 405 from 404. */
function knownPaths(routes: readonly { method: string; path: string }[]) {
	const patterns = routes
		.filter((route) => route.method === 'GET')
		.map(
			(route) =>
				new RegExp(
					`^${route.path
						.split('/')
						.map((segment) =>
							segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
						)
						.join('/')}$`,
				),
		);
	return (path: string) => patterns.some((pattern) => pattern.test(path));
}

/** the problem type of an HTTPException's status: the first type declared with that status */
const statusTypes = new Map<number, ProblemTypeId>();
for (const [id, { status }] of Object.entries(PROBLEM_TYPES)) {
	if (!statusTypes.has(status)) statusTypes.set(status, id as ProblemTypeId);
}

/**
 * Builds the API. Every response is JSON (or CSV/NDJSON/citation text on request), cacheable by
 * ETag, and every error is an RFC 9457 problem.
 */
export function createApp({ cacheBytes }: AppOptions = {}) {
	const app = new OpenAPIHono({ defaultHook: validationHook });
	const memo = new RepresentationMemo({ maxBytes: cacheBytes });
	app.use('*', memo.middleware(), baseHeaders(), guard());

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
		.route('/docs', docsRoutes);

	let openApiJson: string | undefined;
	routes.get('/openapi.json', noQuery(), (c) => {
		openApiJson ??= JSON.stringify(
			routes.getOpenAPI31Document({
				openapi: '3.1.0',
				info: {
					title: 'MGI Success Stories API',
					version: `1.0.0+${datasetVersion}`,
					description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as data: the success stories quoted verbatim, their classification with evidence, every participating government, search, citations and the booklet's claims checked. Data licence: ${publication.licence.name}. Every error is an RFC 9457 problem (application/problem+json).`,
					license: { name: publication.licence.id, url: publication.licence.url },
				},
				servers: [{ url: '/' }],
			}),
		);
		return c.body(openApiJson, 200, { 'Content-Type': 'application/json' });
	});

	let isKnown: ((path: string) => boolean) | undefined;
	routes.notFound((c) => {
		isKnown ??= knownPaths(routes.routes);
		const { path, method } = c.req;
		if (isKnown(path)) {
			if (method === 'OPTIONS') return c.body(null, 204, { ...PREFLIGHT_HEADERS });
			return problemResponse(c, {
				type: 'method-not-allowed',
				detail: `${method} is not allowed on ${path}: the API is read-only (${ALLOWED_METHODS}).`,
				headers: { Allow: ALLOWED_METHODS },
			});
		}
		const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : undefined;
		const hint = trimmed && isKnown(trimmed) ? ` Did you mean ${trimmed}?` : '';
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

	// a representation rendered once is answered from memory, before routing (the data never changes)
	const dispatch = routes.fetch;
	routes.fetch = (request, env, executionContext) =>
		memo.answer(request) ?? dispatch(request, env, executionContext);

	return routes;
}

/** The API's type, for Hono's typed client: `hc<AppType>(baseUrl)`. */
export type AppType = ReturnType<typeof createApp>;
