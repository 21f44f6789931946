/** @module /v1/resolve: which government does a name, code, alias or misspelling mean? */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resolveGovernment } from '@mgi-stories/core';
import { validationHook } from '../openapi/hook.js';
import { limitParam, querySchema, requiredTextParam } from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { envelope, ResolutionSchema } from '../openapi/schemas.js';
import { governmentRef } from '../representations/government.js';

const resolve = createRoute({
	method: 'get',
	path: '/',
	tags: ['Governments'],
	summary: 'Resolve a name to ranked candidate governments',
	description:
		'Exact codes and names (any case, accents, punctuation; alternative names like Türkiye or Ivory Coast) score highest; otherwise approximate matches. `ambiguous` is true when the best candidates score about the same.',
	request: {
		query: querySchema({
			q: requiredTextParam('A name, code, alias or misspelling.'),
			limit: limitParam(20, 5),
		}),
	},
	responses: {
		...jsonOk(
			envelope(ResolutionSchema),
			'The candidates, best first (none when nothing is close)',
		),
		...notModified,
		...invalidParameter,
	},
});

export const resolveRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	resolve,
	(c) => {
		const { q, limit } = c.req.valid('query');
		const resolution = resolveGovernment({ query: q, limit });
		return c.json(
			{
				data: {
					query: resolution.query,
					ambiguous: resolution.ambiguous,
					candidates: resolution.candidates.map(({ government, ...candidate }) => ({
						...candidate,
						government: governmentRef(government),
					})),
				},
			},
			200,
		);
	},
);
