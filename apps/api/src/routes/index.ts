/** @module GET / and GET /v1: where everything is */
import { datasetVersion, publication } from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { JSON_ONLY, varies } from '../http/variance.js';
import { operation } from '../openapi/operation.js';
import { TABLE_LINKS } from './downloads.js';

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
	datasetZip: '/v1/dataset.zip',
	...TABLE_LINKS,
	schemas: '/v1/schemas',
	openapi: '/openapi.json',
	docs: '/docs',
	health: '/healthz',
	problemType: '/problems/{type}',
};

const DESCRIPTION =
	'The name and version of the dataset, and the paths (RFC 6570 URI templates) of every resource: start here.';

const getIndex = operation({
	operationId: 'getIndex',
	tags: ['Dataset'],
	summary: 'Links to every resource',
	description: DESCRIPTION,
	query: {},
});

const getRoot = operation({
	operationId: 'getRoot',
	tags: ['Dataset'],
	summary: 'The same index, at the bare origin',
	description: DESCRIPTION,
	query: {},
});

const body = () => ({
	data: {
		name: 'MGI Success Stories API',
		description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as data: the success stories verbatim, their classification, and every participating government.`,
		version: datasetVersion,
		links: { ...LINKS },
	},
});

export const indexRoutes = new Hono().get('/', varies(JSON_ONLY), getIndex, (c) =>
	c.json(body(), 200),
);

/** `GET /`: the same index, so the bare origin tells a developer where to go. */
export const rootRoutes = new Hono().get('/', varies(JSON_ONLY), getRoot, (c) =>
	c.json(body(), 200),
);
