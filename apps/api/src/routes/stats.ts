/** @module /v1/stats: the programme in numbers and the booklet's claims checked */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { datasetStats } from '@mgi-stories/core';
import { requestLanguage } from '../http/language.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { validationHook } from '../openapi/hook.js';
import { langParam, querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notAcceptable, notModified } from '../openapi/responses.js';
import { envelope, StatsSchema } from '../openapi/schemas.js';

const getStatistics = createRoute({
	method: 'get',
	path: '/',
	operationId: 'getStatistics',
	tags: ['Dataset'],
	summary: 'Counts, coverage per region, and the booklet’s claims checked',
	description:
		'Each checkable claim of the booklet’s foreword, introduction and contents: the quote, what is checked, the values computed and a verdict (consistent, inconsistent, or not-checkable with the reason). A disagreement is reported as "inconsistent", never corrected.',
	middleware: varies({ ...JSON_ONLY, language: true }),
	request: { query: querySchema({ lang: langParam() }) },
	responses: {
		...jsonOk(envelope(StatsSchema), 'The statistics'),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
});

export const statsRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	getStatistics,
	(c) => {
		const locale = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
		return c.json({ data: datasetStats({ locale }) }, 200);
	},
);
