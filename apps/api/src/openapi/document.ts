/**
 * @module completes the OpenAPI document the routes generate with what every operation shares:
 * tag descriptions, `security: []`, the statuses any request can meet (405, 408, 414,
 * 429, 431; 406 where the route negotiates a format), the headers every response carries and those
 * each route's declared variance implies. Routes added later are covered without extra work.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { LOCALES } from '@mgi-stories/core';
import type { DeclaredVariance } from '../http/variance.js';
import { isDatasetPath } from '../middleware/last-modified.js';
import { PROBLEM_MEDIA_TYPE } from '../problem.js';

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type Operation = NonNullable<NonNullable<OpenApiDocument['paths']>[string]['get']>;

const TAG_DESCRIPTIONS: Record<string, string> = {
	Dataset: 'Where everything is: the index of links.',
	Stories: 'The success stories, quoted verbatim, with their classification and citations.',
	Governments: 'The participating countries and local authorities, by any code.',
	Classification: 'The facets stories are tagged with: vocabulary, rules and counts.',
	Statistics: 'Counts, coverage per region, and the booklet’s claims checked.',
	Resolve: 'Names, codes, aliases and misspellings resolved to participating governments.',
	Search: 'Ranked full-text search across stories and governments.',
	Source: 'The publication, its required citation, licence and data sources.',
	Downloads: 'The whole dataset in one file: JSON, CSV tables, data package, JSON Schemas.',
	Operations: 'Liveness and the meaning of each problem type.',
};

const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

const stringHeader = (description: string) => ({
	description,
	schema: { type: 'string' as const },
});

const CONTENT_LANGUAGE = {
	description:
		'The language of the project’s own words in this representation (names, labels, rules, claim checks): `lang`, else the best of Accept-Language, else en. The booklet’s words (story texts, captions, credits, quotes, evidence) are always English.',
	schema: { type: 'string' as const, enum: [...LOCALES] as string[] },
};

/** Response headers the API sends, by name (referenced from the responses). */
export const HEADERS = {
	ETag: stringHeader(
		'Strong validator derived from the bytes of this representation; send it back in If-None-Match.',
	),
	'Last-Modified': stringHeader(
		'The day the dataset was released (an IMF-fixdate, midnight UTC), on everything made from it; send it back in If-Modified-Since. If-None-Match takes precedence.',
	),
	Link: stringHeader(
		'RFC 8288 links: the licence (rel="license"), this description (rel="service-desc") and, on lists, first/prev/next/last pages.',
	),
	'X-Total-Count': {
		description: 'Number of items matching the filters, across all pages.',
		schema: { type: 'integer' as const, minimum: 0 },
	},
	'Content-Location': stringHeader('The canonical path of the resource.'),
	'X-Request-Id': stringHeader(
		'The request’s id: the client’s X-Request-Id when it is safe (letters, digits, -_=, ≤ 255), else a new UUID. Also in the server log.',
	),
	Allow: stringHeader('The methods the resource answers.'),
	RateLimit: stringHeader(
		'This client’s window (IETF draft-ietf-httpapi-ratelimit-headers, draft 7 form): `limit=600, remaining=599, reset=60` (seconds). Sent to rate-limited clients; loopback clients are exempt by default. On Cloudflare Workers only the policy is known.',
	),
	'RateLimit-Policy': stringHeader(
		'The limit every client gets: `600;w=60` is 600 requests per 60-second window (API_RATE_LIMIT, API_RATE_LIMIT_WINDOW).',
	),
	'Retry-After': stringHeader('Seconds to wait before the next request.'),
	'Content-Language': CONTENT_LANGUAGE,
} as const;

/** `Vary` as a route declares it (see `varies`): what a cache must key its copies on. */
const varyHeader = (vary: string) => ({
	description: `The request headers this representation depends on, as the route declares them: ${vary} (plus Accept-Encoding when the body is compressed). Caches keep one copy per combination.`,
	schema: { type: 'string' as const },
	example: vary,
});

const problem = (description: string, headers: Record<string, unknown> = {}) => ({
	description,
	headers,
	content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Statuses any request can meet, whatever the operation. */
const SHARED_RESPONSES = {
	405: [
		'MethodNotAllowed',
		problem('The API is read-only: GET, HEAD and OPTIONS.', {
			Allow: { $ref: '#/components/headers/Allow' },
		}),
	],
	408: [
		'RequestTimeout',
		problem('The request did not arrive in time (Node: headers 10 s, whole request 30 s).'),
	],
	414: ['UriTooLong', problem('The request target is longer than the API accepts.')],
	429: [
		'TooManyRequests',
		problem('This client sent more requests than its limit allows in the current window.', {
			RateLimit: { $ref: '#/components/headers/RateLimit' },
			'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
			'Retry-After': { $ref: '#/components/headers/Retry-After' },
		}),
	],
	406: ['NotAcceptable', problem('None of the Accept media types can be produced here.')],
	431: [
		'HeaderFieldsTooLarge',
		problem('The request headers are larger than the server accepts (Node: 16 KiB).'),
	],
} as const;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function headersOf(response: { headers?: Record<string, unknown> }) {
	response.headers ??= {};
	return response.headers;
}

/** `/v1/stories/{slug}` → `/v1/stories/:slug`, as Hono lists the route */
const routerPath = (path: string) => path.replaceAll(/\{([^}]+)\}/g, ':$1');

function complete(
	operation: Operation,
	method: string,
	path: string,
	variance: DeclaredVariance | undefined,
) {
	const responses = operation.responses as Record<
		string,
		{ headers?: Record<string, unknown>; $ref?: string }
	>;
	for (const [status, [name]] of Object.entries(SHARED_RESPONSES)) {
		// 406 only where the route negotiates a format
		if (status !== '406' || variance?.formats.length) responses[status] ??= problemRef(name);
	}
	const cacheable = '304' in responses;
	const localized = variance?.language ?? false;
	const takesLang = (operation.parameters ?? []).some(
		(parameter) => 'name' in parameter && parameter.name === 'lang' && parameter.in === 'query',
	);
	if (localized !== takesLang) {
		throw new Error(
			`${method.toUpperCase()} ${path}: a route varies on the language exactly when it takes lang`,
		);
	}
	for (const [status, response] of Object.entries(responses)) {
		if (response.$ref) continue;
		const headers = headersOf(response);
		headers.Link ??= { $ref: '#/components/headers/Link' };
		headers['X-Request-Id'] ??= { $ref: '#/components/headers/X-Request-Id' };
		if (status === '200' || status === '304') {
			if (cacheable) headers.ETag ??= { $ref: '#/components/headers/ETag' };
			if (isDatasetPath(path))
				headers['Last-Modified'] ??= { $ref: '#/components/headers/Last-Modified' };
		}
		if (status === '200' || status === '304') {
			headers.RateLimit ??= { $ref: '#/components/headers/RateLimit' };
			headers['RateLimit-Policy'] ??= { $ref: '#/components/headers/RateLimit-Policy' };
			if (localized) {
				headers['Content-Language'] ??= { $ref: '#/components/headers/Content-Language' };
			}
			if (variance?.vary) headers.Vary ??= varyHeader(variance.vary);
		}
	}
	// a 304 carries the headers its 200 would have, less the body's (RFC 9110 §15.4.5)
	const ok = responses['200'];
	const notModified = responses['304'];
	if (ok?.headers && notModified && !notModified.$ref) {
		notModified.headers = { ...ok.headers, ...notModified.headers };
	}
}

/** The document the routes generate, completed (see the module comment). Mutates and returns it. */
export function completeDocument(
	document: OpenApiDocument,
	variances: ReadonlyMap<string, DeclaredVariance>,
): OpenApiDocument {
	const used = new Set<string>();
	for (const [path, item] of Object.entries(document.paths ?? {})) {
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			for (const tag of operation.tags ?? []) used.add(tag);
			complete(operation, method, path, variances.get(routerPath(path)));
		}
	}
	document.security = [];
	document.tags = [...used].map((name) => ({
		name,
		description: TAG_DESCRIPTIONS[name] ?? `Operations tagged ${name}.`,
	}));
	document.components ??= {};
	const components = document.components;
	components.headers = { ...components.headers, ...HEADERS };
	const responses: Record<string, unknown> = { ...components.responses };
	for (const [name, response] of Object.values(SHARED_RESPONSES)) {
		responses[name] = {
			...response,
			headers: {
				...response.headers,
				Link: { $ref: '#/components/headers/Link' },
				'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
			},
		};
	}
	components.responses = responses as typeof components.responses;
	return document;
}
