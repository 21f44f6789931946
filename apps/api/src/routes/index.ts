/** @module GET / and GET /v1: where everything is */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { datasetVersion, publication } from '@mgi-stories/core';
import { JSON_ONLY, varies } from '../http/variance.js';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { envelope } from '../openapi/schemas.js';

const LINKS = {
	self: '/v1',
	stories: '/v1/stories',
	story: '/v1/stories/{slug}',
	citation: '/v1/stories/{slug}/citation{?style}',
	governments: '/v1/governments',
	government: '/v1/governments/{code}',
	facets: '/v1/facets',
	stats: '/v1/stats',
	resolve: '/v1/resolve{?q}',
	search: '/v1/search{?q}',
	source: '/v1/source',
	dataset: '/v1/dataset.json',
	datapackage: '/v1/datapackage.json',
	schemas: '/v1/schemas',
	openapi: '/openapi.json',
	docs: '/docs',
	health: '/healthz',
} as const;

const IndexSchema = z
	.object({
		name: z.string(),
		description: z.string(),
		version: z.string().openapi({ description: 'Content hash of the dataset' }),
		links: z
			.record(z.string(), z.string())
			.openapi({ description: 'Paths and URI templates (RFC 6570)' }),
	})
	.openapi('Index');

const index = createRoute({
	method: 'get',
	path: '/',
	operationId: 'getIndex',
	tags: ['Dataset'],
	summary: 'Links to every resource',
	middleware: varies(JSON_ONLY),
	request: { query: querySchema({}) },
	responses: { ...jsonOk(envelope(IndexSchema), 'The index'), ...notModified, ...invalidParameter },
});

const body = () => ({
	data: {
		name: 'MGI Success Stories API',
		description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as data: the success stories verbatim, their classification, and every participating government.`,
		version: datasetVersion,
		links: { ...LINKS },
	},
});

export const indexRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(index, (c) =>
	c.json(body(), 200),
);

/** `GET /`: the same index, so the bare origin tells a developer where to go. */
export const rootRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	{ ...index, operationId: 'getRoot', summary: 'The same index, at the bare origin' },
	(c) => c.json(body(), 200),
);
