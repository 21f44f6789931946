/** @module response declarations shared by the routes (the document adds what every operation shares) */
import { z } from '@hono/zod-openapi';
import { MEDIA_TYPES } from '../http/negotiate.js';
import { PROBLEM_MEDIA_TYPE } from '../problem.js';
import { ProblemSchema } from './schemas.js';

/** a media type without its parameters, as OpenAPI content keys are written */
const essence = (mediaType: string) => mediaType.split(';')[0] ?? mediaType;

const problem = (description: string) => ({
	description,
	content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
});

/** A response header, by reference to `components.headers` (declared in ./document.ts). */
export const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

export const notModified = {
	304: {
		description:
			'Not modified: the ETag in If-None-Match (or, without one, the date in If-Modified-Since) is current',
	},
};

export const invalidParameter = {
	400: problem('A parameter is unknown, repeated, malformed or out of range'),
};
export const notFound = { 404: problem('No such resource') };
export const notAcceptable = { 406: problem('None of the Accept media types can be produced') };

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
	200: { description, content: { 'application/json': { schema } } },
});

/** 200 of one resource that has a canonical path (`Content-Location`). */
export const detailOk = <T extends z.ZodType>(schema: T, description: string) => ({
	200: {
		description,
		headers: { 'Content-Location': headerRef('Content-Location') },
		content: { 'application/json': { schema } },
	},
});

/**
 * 200 of a list: JSON first (the primary representation, what generated clients type), then the
 * exports when the list has them. `X-Total-Count` and `Link` paging relations come with every page.
 */
export const listOk = <T extends z.ZodType>(
	schema: T,
	description: string,
	{ exports = false }: { exports?: boolean } = {},
) => ({
	200: {
		description,
		headers: { 'X-Total-Count': headerRef('X-Total-Count') },
		content: {
			'application/json': { schema },
			...(exports
				? {
						[essence(MEDIA_TYPES.csv)]: { schema: z.string() },
						[essence(MEDIA_TYPES.ndjson)]: { schema: z.string() },
					}
				: {}),
		},
	},
});
