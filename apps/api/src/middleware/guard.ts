/** @module rejects request targets the API will not parse: too long (414), undecodable or with a name no route takes (400) */
import type { MiddlewareHandler } from 'hono';
import { isDecodable, MAX_TARGET_LENGTH, parameterNames, targetLength } from '../http/target.js';
import { ProblemError } from '../problem.js';
import { ALLOWED_METHODS } from './headers.js';

/**
 * Names no route declares and that a plain object cannot hold as its own key, so schema
 * validation would never see them (`__proto__=x` sets a prototype instead of a property).
 */
const UNREPRESENTABLE = new Set(['__proto__']);

/** Methods the router knows: GET, HEAD and OPTIONS answer; these others get 405 with `Allow`. */
export const REFUSED_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'QUERY', 'TRACE', 'CONNECT'];
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', ...REFUSED_METHODS]);

export const guard = (): MiddlewareHandler => async (c, next) => {
	const { method } = c.req;
	if (!KNOWN_METHODS.has(method)) {
		throw new ProblemError({
			type: 'not-implemented',
			detail: `The API does not know the method ${method.slice(0, 32)}: it is read-only (GET, HEAD, OPTIONS).`,
			headers: { Allow: ALLOWED_METHODS.join(', ') },
		});
	}
	const url = c.req.url;
	const length = targetLength(url);
	if (length > MAX_TARGET_LENGTH) {
		throw new ProblemError({
			type: 'uri-too-long',
			detail: `The request target is ${length} bytes long; the API accepts at most ${MAX_TARGET_LENGTH}.`,
		});
	}
	if (!isDecodable(url)) {
		throw new ProblemError({
			type: 'malformed-uri',
			detail:
				'The path or query contains percent-encoding that is not valid UTF-8 (for example %ZZ or a cut-off sequence). Encode reserved characters with encodeURIComponent.',
		});
	}
	const unknown = parameterNames(url).filter((name) => UNREPRESENTABLE.has(name));
	if (unknown.length > 0) {
		throw new ProblemError({
			type: 'invalid-parameter',
			detail: `Unknown query parameter "${unknown[0]}".`,
			invalidParams: unknown.map((name) => ({ name, reason: 'unknown parameter' })),
		});
	}
	await next();
};

/** For endpoints without parameters that are not validated by a route schema (docs, OpenAPI). */
export const noQuery = (): MiddlewareHandler => async (c, next) => {
	const names = [...new Set(parameterNames(c.req.url))];
	if (names.length > 0) {
		throw new ProblemError({
			type: 'invalid-parameter',
			detail: `${c.req.path} takes no query parameters.`,
			invalidParams: names.map((name) => ({ name, reason: 'unknown parameter', allowed: [] })),
		});
	}
	await next();
};
