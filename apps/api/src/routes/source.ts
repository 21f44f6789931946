/** @module /v1/source: the publication the data comes from, how to cite it, and its licence */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { datasetSources, datasetVersion, publication } from '@mgi-stories/core';
import { JSON_ONLY, varies } from '../http/variance.js';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { envelope, SourceSchema } from '../openapi/schemas.js';

const getSource = createRoute({
	method: 'get',
	path: '/',
	operationId: 'getSource',
	tags: ['Dataset'],
	summary:
		'The publication, its required citation and licence, and the sources of the government data',
	middleware: varies(JSON_ONLY),
	request: { query: querySchema({}) },
	responses: {
		...jsonOk(envelope(SourceSchema), 'The source'),
		...notModified,
		...invalidParameter,
	},
});

export const sourceRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	getSource,
	(c) =>
		c.json(
			{
				data: {
					version: datasetVersion,
					publication,
					citation: publication.requiredCitation,
					licence: publication.licence,
					sources: datasetSources(),
					notice: `The stories, captions and credits are quoted verbatim from ${publication.title} (${publication.publisherShort}, ${publication.year}, ISBN ${publication.isbn.pdf}) under ${publication.licence.name}: no derivatives, no commercial use, attribution required. ${publication.licence.notice} Every other field names its source, version and licence in sources; the classification, the local authorities' levels and the claims checks are this project's own reading (CC-BY-4.0), not IOM's.`,
					links: {
						self: '/v1/source',
						programmeContact: publication.programmeContact.url,
						licence: publication.licence.url,
					},
				},
			},
			200,
		),
);
