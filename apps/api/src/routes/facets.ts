/** @module /v1/facets: the classification vocabulary with story counts */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countFacets, localizedVocabulary } from '@mgi-stories/core';
import { requestLanguage } from '../http/language.js';
import { JSON_ONLY, varies } from '../http/variance.js';
import { validationHook } from '../openapi/hook.js';
import { langParam, querySchema } from '../openapi/params.js';
import { invalidParameter, jsonOk, notAcceptable, notModified } from '../openapi/responses.js';
import { envelope, FacetCountSchema } from '../openapi/schemas.js';

const listFacets = createRoute({
	method: 'get',
	path: '/',
	operationId: 'listFacets',
	tags: ['Classification'],
	summary: 'Every facet’s vocabulary, with the rule applied and the number of stories per value',
	middleware: varies({ ...JSON_ONLY, language: true }),
	request: { query: querySchema({ lang: langParam() }) },
	responses: {
		...jsonOk(envelope(z.array(FacetCountSchema)), 'The facets'),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
});

export const facetsRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	listFacets,
	(c) => {
		const language = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
		const { facets } = localizedVocabulary({ locale: language });
		return c.json(
			{
				data: countFacets({ locale: language }).map((facet) => ({
					facet: facet.facet,
					label: facet.label,
					description: facet.description,
					rule: facets.find((candidate) => candidate.id === facet.facet)?.rule ?? '',
					values: facet.values.map((value) => ({
						...value,
						links: { stories: `/v1/stories?${facet.facet}=${value.id}` },
					})),
				})),
			},
			200,
		);
	},
);
