/** @module /healthz and /problems/{type}: operational endpoints */
import { datasetVersion } from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { JSON_ONLY, varies } from '../http/variance.js';
import { operation } from '../openapi/operation.js';
import { pathParam } from '../openapi/params.js';
import {
	PROBLEM_TYPE_IDS,
	PROBLEM_TYPES,
	ProblemError,
	type ProblemTypeId,
	problemTypeUri,
} from '../problem.js';

const getHealth = operation({
	operationId: 'getHealth',
	tags: ['Operations'],
	summary: 'Liveness: the API is up and serves this dataset version',
	description: 'Answers 200 with the dataset version whenever the API can serve; never cached.',
	query: {},
});

const getProblemType = operation({
	operationId: 'getProblemType',
	tags: ['Operations'],
	summary: 'What a problem type means',
	description:
		'The title, HTTP status and meaning of one problem type: the `type` of every problem+json error links here.',
	params: {
		type: pathParam({
			description: 'One of the problem types',
			example: 'not-found',
			values: PROBLEM_TYPE_IDS,
		}),
	},
	query: {},
});

const isProblemType = (id: string): id is ProblemTypeId =>
	PROBLEM_TYPE_IDS.includes(id as ProblemTypeId);

export const metaRoutes = new Hono()
	.get('/healthz', getHealth, (c) => {
		c.header('Cache-Control', 'no-store');
		return c.json({ status: 'ok' as const, version: datasetVersion }, 200);
	})
	.get('/problems/:type', varies(JSON_ONLY), getProblemType, (c) => {
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
