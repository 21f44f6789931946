/** @module RFC 9457 problem details: the one shape every error of the API takes */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pathStart } from './http/target.js';

/** One wrong query or path parameter: what was wrong and, where the set is small, what is allowed. */
export interface InvalidParam {
	name: string;
	reason: string;
	allowed?: readonly string[];
}

/** The kinds of problem the API reports; each `type` URI is documented at `/problems/{id}`. */
export const PROBLEM_TYPES = {
	'invalid-parameter': {
		status: 400,
		title: 'Invalid parameter',
		description:
			'A query or path parameter is unknown, repeated, malformed or out of range. `invalid_params` names each one, why it was rejected and, where the set is small, the allowed values.',
	},
	'malformed-uri': {
		status: 400,
		title: 'Malformed URI',
		description:
			'The request target contains percent-encoding that does not decode to UTF-8 text (e.g. `%ZZ` or a truncated multi-byte sequence).',
	},
	'bad-request': {
		status: 400,
		title: 'Bad request',
		description:
			'The request could not be parsed as HTTP: for example a request target with characters URLs cannot hold (a backslash, a space) or a malformed header.',
	},
	'not-found': {
		status: 404,
		title: 'Not found',
		description:
			'No resource exists at this path: an unknown endpoint, story slug or government code.',
	},
	'method-not-allowed': {
		status: 405,
		title: 'Method not allowed',
		description:
			'The API is read-only: it answers GET, HEAD and OPTIONS. The `Allow` header lists the methods of the resource.',
	},
	'not-acceptable': {
		status: 406,
		title: 'Not acceptable',
		description:
			'None of the media types in the `Accept` header can be produced. `allowed` lists the ones that can.',
	},
	'uri-too-long': {
		status: 414,
		title: 'URI too long',
		description: 'The request target is longer than the API accepts.',
	},
	'request-timeout': {
		status: 408,
		title: 'Request timeout',
		description:
			'The request did not arrive in time: headers within 10 seconds, the whole request within 30 (Node).',
	},
	'header-fields-too-large': {
		status: 431,
		title: 'Request header fields too large',
		description: 'The request headers are larger than the server accepts (Node: 16 KiB in all).',
	},
	'too-many-requests': {
		status: 429,
		title: 'Too many requests',
		description:
			'The client sent more requests than its limit allows in the current window. `RateLimit` says when the window resets and `RateLimit-Policy` states the limit; `Retry-After` says how many seconds to wait.',
	},
	'not-implemented': {
		status: 501,
		title: 'Not implemented',
		description:
			'The request method is not one the API knows. The API is read-only: it answers GET, HEAD and OPTIONS.',
	},
	'internal-error': {
		status: 500,
		title: 'Internal error',
		description:
			'Something went wrong on our side. It has been logged; please report it if it persists.',
	},
} as const satisfies Record<
	string,
	{ status: ContentfulStatusCode; title: string; description: string }
>;

export type ProblemTypeId = keyof typeof PROBLEM_TYPES;
export const PROBLEM_TYPE_IDS = Object.keys(PROBLEM_TYPES) as ProblemTypeId[];

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export interface Problem {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance: string;
	invalid_params?: InvalidParam[];
	allowed?: readonly string[];
	suggestions?: readonly Suggestion[];
}

/** "Did you mean": what the resolver finds for a misspelt slug or code, labelled as a suggestion. */
export interface Suggestion {
	/** the slug or id to use instead */
	value: string;
	href: string;
	/** the name or code the resolver matched, and how close (0.7–1) */
	matched: string;
	score: number;
}

export interface ProblemInit {
	type: ProblemTypeId;
	detail: string;
	invalidParams?: InvalidParam[];
	/** values that would have been accepted (e.g. media types for 406) */
	allowed?: readonly string[];
	suggestions?: readonly Suggestion[];
	headers?: Record<string, string>;
}

/** Thrown anywhere in a request; `app.onError` turns it into its problem response. */
export class ProblemError extends Error {
	override name = 'ProblemError';
	constructor(readonly problem: ProblemInit) {
		super(problem.detail);
	}
}

export const problemTypeUri = (type: ProblemTypeId) => `/problems/${type}`;

/** longest `instance` echoed back; longer targets (414) are cut, never mid-escape */
const MAX_INSTANCE_LENGTH = 2048;

/** The request target as the client sent it (path and query, no origin): the problem's `instance`. */
export function requestTarget(url: string): string {
	const target = url.slice(pathStart(url)) || '/';
	return target.length <= MAX_INSTANCE_LENGTH
		? target
		: target.slice(0, MAX_INSTANCE_LENGTH).replace(/%[0-9A-Fa-f]?$/, '');
}

export function problemBody(init: ProblemInit, url: string): Problem {
	const { status, title } = PROBLEM_TYPES[init.type];
	return {
		type: problemTypeUri(init.type),
		title,
		status,
		detail: init.detail,
		instance: requestTarget(url),
		...(init.invalidParams ? { invalid_params: init.invalidParams } : {}),
		...(init.allowed ? { allowed: init.allowed } : {}),
		...(init.suggestions?.length ? { suggestions: init.suggestions } : {}),
	};
}

/** Writes a problem response through the context, so the headers every response carries apply. */
export function problemResponse(c: Context, init: ProblemInit): Response {
	const body = JSON.stringify(problemBody(init, c.req.url));
	// through c.header too: Hono merges headers set earlier in the request over the returned response
	const headers = { 'Cache-Control': 'no-store', ...init.headers };
	for (const [name, value] of Object.entries(headers)) c.header(name, value);
	return c.body(body, PROBLEM_TYPES[init.type].status, {
		'Content-Type': PROBLEM_MEDIA_TYPE,
		// stated, so an answer to HEAD (which has no body) still says how long the problem is
		'Content-Length': String(utf8.encode(body).byteLength),
		...headers,
	});
}

const utf8 = new TextEncoder();
