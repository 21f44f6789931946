/** @module rejects request targets the API will not parse: too long (414) or undecodable (400) */
import type { MiddlewareHandler } from 'hono';
import { isDecodable, MAX_TARGET_LENGTH, targetLength } from '../http/target.js';
import { ProblemError } from '../problem.js';

export const guard = (): MiddlewareHandler => async (c, next) => {
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
	await next();
};

/** For endpoints without parameters that are not validated by a route schema (docs, OpenAPI). */
export const noQuery = (): MiddlewareHandler => async (c, next) => {
	const names = [...new Set(Object.keys(c.req.queries()))];
	if (names.length > 0) {
		throw new ProblemError({
			type: 'invalid-parameter',
			detail: `${c.req.path} takes no query parameters.`,
			invalidParams: names.map((name) => ({ name, reason: 'unknown parameter', allowed: [] })),
		});
	}
	await next();
};
