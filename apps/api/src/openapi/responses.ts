/** @module response declarations shared by the routes */
import type { z } from '@hono/zod-openapi';
import { PROBLEM_MEDIA_TYPE } from '../problem.js';
import { ProblemSchema } from './schemas.js';

const problem = (description: string) => ({
	description,
	content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
});

export const notModified = {
	304: { description: 'Not modified: the ETag in If-None-Match is current' },
};

export const invalidParameter = {
	400: problem('A parameter is unknown, repeated, malformed or out of range'),
};
export const notFound = { 404: problem('No such resource') };
export const notAcceptable = { 406: problem('None of the Accept media types can be produced') };

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
	200: { description, content: { 'application/json': { schema } } },
});
