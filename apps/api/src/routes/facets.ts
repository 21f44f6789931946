/** @module /v1/facets: the classification vocabulary with story counts */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countFacets, vocabulary } from '@mgi-stories/core';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { envelope, FacetCountSchema } from '../openapi/schemas.js';

const listFacets = createRoute({
	method: 'get',
	path: '/',
	operationId: 'listFacets',
	tags: ['Classification'],
	summary: 'Every facet’s vocabulary, with the rule applied and the number of stories per value',
	request: { query: querySchema({}) },
	responses: {
		...jsonOk(envelope(z.array(FacetCountSchema)), 'The facets'),
		...notModified,
		...invalidParameter,
	},
});

export const facetsRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	listFacets,
	(c) =>
		c.json(
			{
				data: countFacets().map((facet) => ({
					facet: facet.facet,
					label: facet.label,
					description: facet.description,
					rule: vocabulary.facets.find((candidate) => candidate.id === facet.facet)?.rule ?? '',
					values: facet.values.map((value) => ({
						...value,
						links: { stories: `/v1/stories?${facet.facet}=${value.id}` },
					})),
				})),
			},
			200,
		),
);
