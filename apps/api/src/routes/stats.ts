/** @module /v1/stats: the programme in numbers and the booklet's claims checked */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getStats } from '@mgi-stories/core';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { envelope, StatsSchema } from '../openapi/schemas.js';

const getStatistics = createRoute({
	method: 'get',
	path: '/',
	operationId: 'getStatistics',
	tags: ['Dataset'],
	summary: 'Counts, coverage per region, and the booklet’s numeric claims checked against its list',
	description:
		'Each claim the booklet makes about itself (countries, local authorities, stories…) with what its own list and pages contain. A disagreement is reported with status "disagrees", never corrected.',
	request: { query: querySchema({}) },
	responses: {
		...jsonOk(envelope(StatsSchema), 'The statistics'),
		...notModified,
		...invalidParameter,
	},
});

export const statsRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	getStatistics,
	(c) => c.json({ data: getStats() }, 200),
);
