/** @module /v1/governments: the participating countries and local authorities */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
	countryOf,
	filterGovernments,
	findGovernment,
	type Government,
	governmentId,
	governmentsTable,
	storiesOf,
	toCsv,
} from '@mgi-stories/core';
import { exportResponse, ndjson, paging, pagingGiven, pick, sortBy } from '../http/list.js';
import { negotiate } from '../http/negotiate.js';
import { validationHook } from '../openapi/hook.js';
import {
	booleanParam,
	enumParam,
	fieldsParam,
	formatParam,
	limitParam,
	m49Param,
	offsetParam,
	querySchema,
	sortParam,
	textParam,
} from '../openapi/params.js';
import {
	invalidParameter,
	jsonOk,
	notAcceptable,
	notFound,
	notModified,
} from '../openapi/responses.js';
import {
	envelope,
	GovernmentDetailSchema,
	GovernmentItemSchema,
	pageEnvelope,
} from '../openapi/schemas.js';
import { ProblemError } from '../problem.js';
import { governmentDetail, governmentItem, governmentPath } from '../representations/government.js';

const GOVERNMENT_FIELDS = [
	'id',
	'kind',
	'edition',
	'bookletName',
	'name',
	'officialName',
	'alpha2',
	'alpha3',
	'numeric',
	'region',
	'subregion',
	'point',
	'altNames',
	'localAuthorities',
	'country',
	'gazetteer',
	'storyCount',
	'links',
] as const;

const SORT_KEYS = ['name', 'id', 'region', 'stories'] as const;

const GovernmentsQuery = querySchema({
	kind: enumParam({
		values: ['country', 'local'] as const,
		description: 'country (the 84 countries) or local (the local authorities).',
	}),
	region: m49Param('region', 'of the country, for local authorities too'),
	subregion: m49Param('subregion', 'of the country, for local authorities too'),
	intermediateRegion: m49Param('intermediateRegion', 'of the country, for local authorities too'),
	hasStory: booleanParam('Only governments with (true) or without (false) a success story.'),
	q: textParam(
		'Search names, codes and alternative names (accent-insensitive, typo-tolerant); ranked.',
	),
	fields: fieldsParam(GOVERNMENT_FIELDS),
	sort: sortParam(
		SORT_KEYS,
		'Sort key, "-" for descending. Default: booklet order, or relevance with q.',
	),
	limit: limitParam(),
	offset: offsetParam(),
	format: formatParam(),
});

const listGovernments = createRoute({
	method: 'get',
	path: '/',
	tags: ['Governments'],
	summary: 'List and filter the participating governments',
	description:
		'Every government on the booklet’s list: the countries (each with its local authorities nested), then the local authorities.',
	request: { query: GovernmentsQuery },
	responses: {
		200: {
			description: 'A page of governments (or every matching one as CSV/NDJSON)',
			content: {
				'application/json': { schema: pageEnvelope(GovernmentItemSchema) },
				'text/csv': { schema: z.string() },
				'application/x-ndjson': { schema: z.string() },
			},
		},
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
});

const getGovernment = createRoute({
	method: 'get',
	path: '/{code}',
	tags: ['Governments'],
	summary: 'One government with its local authorities and stories',
	description:
		'By ISO 3166-1 alpha-2, alpha-3 or numeric code, or a local authority’s id (any case); exact names work too. Content-Location gives the canonical path.',
	request: {
		params: z.object({
			code: z
				.string()
				.max(100)
				.openapi({ param: { description: 'e.g. BR, BRA, 076 or br-sao-paulo' }, example: 'BRA' }),
		}),
		query: querySchema({}),
	},
	responses: {
		...jsonOk(envelope(GovernmentDetailSchema), 'The government'),
		...notModified,
		...invalidParameter,
		...notFound,
	},
});

const sortKeys: Record<(typeof SORT_KEYS)[number], (government: Government) => string | number> = {
	name: (government) => government.bookletName,
	id: governmentId,
	region: (government) => `${countryOf(government).region} ${government.bookletName}`,
	stories: (government) => storiesOf(government).length,
};

export const governmentsRoutes = new OpenAPIHono({ defaultHook: validationHook })
	.openapi(listGovernments, (c) => {
		const {
			kind,
			region,
			subregion,
			intermediateRegion,
			hasStory,
			q,
			fields,
			sort,
			limit,
			offset,
			format,
		} = c.req.valid('query');
		const chosen = negotiate({ format, accept: c.req.header('accept') });
		if (fields && chosen === 'csv') {
			throw new ProblemError({
				type: 'invalid-parameter',
				detail: 'The fields parameter applies to JSON and NDJSON; CSV has a fixed set of columns.',
				invalidParams: [{ name: 'fields', reason: 'not available with format csv' }],
			});
		}
		const selected = filterGovernments({
			q,
			kind,
			region,
			subregion,
			intermediateRegion,
			hasStory,
		});
		const ordered = sort ? sortBy(selected, sort, sortKeys) : selected;
		c.header('Vary', 'Accept');
		c.header('X-Total-Count', String(ordered.length));
		if (chosen !== 'json') {
			const rows = pagingGiven(c) ? ordered.slice(offset, offset + limit) : ordered;
			const body =
				chosen === 'csv'
					? toCsv(governmentsTable(rows))
					: ndjson(rows.map((government) => pick(governmentItem(government), fields)));
			return exportResponse(c, {
				format: chosen,
				name: 'governments',
				body,
				total: ordered.length,
			});
		}
		const page = paging(c, { total: ordered.length, limit, offset });
		if (page.header) c.header('Link', page.header, { append: true });
		return c.json(
			{
				data: ordered
					.slice(offset, offset + limit)
					.map((government) => pick(governmentItem(government), fields)),
				meta: page.meta,
				links: page.links,
			},
			200,
		);
	})
	.openapi(getGovernment, (c) => {
		const { code } = c.req.valid('param');
		const government = findGovernment({ query: code });
		if (!government) {
			throw new ProblemError({
				type: 'not-found',
				detail: `No participating government has the code "${code}". Codes are ISO 3166-1 alpha-2, alpha-3 or numeric, or a local authority id; to find one by name, try /v1/resolve?q=${encodeURIComponent(code)}.`,
			});
		}
		c.header('Content-Location', governmentPath(governmentId(government)));
		return c.json({ data: governmentDetail(government) }, 200);
	});
