/** @module /v1/search: ranked full-text hits across stories and governments */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { governments, search, stories } from '@mgi-stories/core';
import { paging } from '../http/list.js';
import { validationHook } from '../openapi/hook.js';
import {
	limitParam,
	listParam,
	offsetParam,
	querySchema,
	requiredTextParam,
} from '../openapi/params.js';
import { invalidParameter, jsonOk, notModified } from '../openapi/responses.js';
import { pageEnvelope, SearchHitSchema } from '../openapi/schemas.js';
import { governmentPath } from '../representations/government.js';
import { storyPath } from '../representations/story.js';

const searchRoute = createRoute({
	method: 'get',
	path: '/',
	tags: ['Search'],
	summary: 'Search stories and governments',
	description:
		'Accent-insensitive, prefix- and typo-tolerant; every word is required unless nothing matches them all. Snippets mark the matched words.',
	request: {
		query: querySchema({
			q: requiredTextParam('The query.'),
			kind: listParam({
				description: 'Only these kinds of hit.',
				allowed: ['story', 'government'],
			}),
			limit: limitParam(50, 20),
			offset: offsetParam(),
		}),
	},
	responses: {
		...jsonOk(pageEnvelope(SearchHitSchema), 'Hits, best first'),
		...notModified,
		...invalidParameter,
	},
});

const everything = stories.length + governments.length;

export const searchRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
	searchRoute,
	(c) => {
		const { q, kind, limit, offset } = c.req.valid('query');
		const kinds = (kind ?? ['story', 'government']) as ('story' | 'government')[];
		const hits = search({ query: q, kinds, limit: everything });
		const page = paging(c, { total: hits.length, limit, offset });
		c.header('X-Total-Count', String(hits.length));
		if (page.header) c.header('Link', page.header, { append: true });
		return c.json(
			{
				data: hits.slice(offset, offset + limit).map((hit) => ({
					...hit,
					links: { self: hit.kind === 'story' ? storyPath(hit.id) : governmentPath(hit.id) },
				})),
				meta: page.meta,
				links: page.links,
			},
			200,
		);
	},
);
