/** @module /healthz and /problems/{type}: operational endpoints */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { datasetVersion } from '@mgi-stories/core';
import { JSON_ONLY, varies } from '../http/variance.js';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notFound, notModified } from '../openapi/responses.js';
import {
	PROBLEM_TYPE_IDS,
	PROBLEM_TYPES,
	ProblemError,
	type ProblemTypeId,
	problemTypeUri,
} from '../problem.js';

const health = createRoute({
	method: 'get',
	path: '/healthz',
	operationId: 'getHealth',
	tags: ['Operations'],
	summary: 'Liveness: the API is up and serves this dataset version',
	request: { query: querySchema({}) },
	responses: {
		...jsonOk(z.object({ status: z.literal('ok'), version: z.string() }), 'Up'),
		...invalidParameter,
	},
});

const problemType = createRoute({
	method: 'get',
	path: '/problems/{type}',
	operationId: 'getProblemType',
	tags: ['Operations'],
	summary: 'What a problem type means',
	middleware: varies(JSON_ONLY),
	request: {
		params: z.object({
			type: z
				.string()
				.max(100)
				.openapi({
					enum: [...PROBLEM_TYPE_IDS],
					param: { description: 'One of the problem types' },
				}),
		}),
		query: querySchema({}),
	},
	responses: {
		...jsonOk(
			z.object({ type: z.string(), title: z.string(), status: z.int(), description: z.string() }),
			'The problem type',
		),
		...notModified,
		...invalidParameter,
		...notFound,
	},
});

const isProblemType = (id: string): id is ProblemTypeId =>
	PROBLEM_TYPE_IDS.includes(id as ProblemTypeId);

export const metaRoutes = new OpenAPIHono({ defaultHook: validationHook })
	.openapi(health, (c) => {
		c.header('Cache-Control', 'no-store');
		return c.json({ status: 'ok' as const, version: datasetVersion }, 200);
	})
	.openapi(problemType, (c) => {
		const type = c.req.valid('param').type.toLowerCase();
		if (!isProblemType(type)) {
			throw new ProblemError({
				type: 'not-found',
				detail: `There is no problem type "${type}". Known types: ${PROBLEM_TYPE_IDS.join(', ')}.`,
			});
		}
		const { status, title, description } = PROBLEM_TYPES[type];
		return c.json({ type: problemTypeUri(type), title, status, description }, 200);
	});
