/**
 * @module each operation's responses, by operation id (the document adds what every operation
 * shares: ./document.ts). Build-time only, like the schemas they use.
 */
import { z } from '@hono/zod-openapi';
import { CITATION_MEDIA_TYPES, DATASET_ZIP_MEDIA_TYPE } from '@mgi-stories/core';
import { DatasetDocumentSchema } from '@mgi-stories/core/schema';
import { MEDIA_TYPES } from '../http/negotiate.js';
import { PROBLEM_MEDIA_TYPE } from '../problem.js';
import {
	envelope,
	FacetCountSchema,
	GovernmentDetailSchema,
	GovernmentFieldsSchema,
	GovernmentItemSchema,
	HealthSchema,
	IndexSchema,
	ProblemSchema,
	ProblemTypeSchema,
	pageEnvelope,
	ResolutionSchema,
	SearchHitSchema,
	SourceSchema,
	StatsSchema,
	StoryDetailSchema,
	StoryFieldsSchema,
	StoryItemSchema,
	sparsePageEnvelope,
} from './schemas.js';

/** a media type without its parameters, as OpenAPI content keys are written */
export const essence = (mediaType: string) => mediaType.split(';')[0]?.trim() ?? mediaType;

const problem = (description: string) => ({
	description,
	content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
});

/** A response header, by reference to `components.headers` (declared in ./document.ts). */
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

const notModified = {
	304: {
		description:
			'Not modified: the ETag in If-None-Match (or, without one, the date in If-Modified-Since) is current',
	},
};

const invalidParameter = {
	400: problem('A parameter is unknown, repeated, malformed or out of range'),
};
const notFound = { 404: problem('No such resource') };
const notAcceptable = { 406: problem('None of the Accept media types can be produced') };

const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
	200: { description, content: { 'application/json': { schema } } },
});

/** 200 of one resource that has a canonical path (`Content-Location`). */
const detailOk = <T extends z.ZodType>(schema: T, description: string) => ({
	200: {
		description,
		headers: { 'Content-Location': headerRef('Content-Location') },
		content: { 'application/json': { schema } },
	},
});

/**
 * 200 of a list: JSON first (the primary representation, what generated clients type), then the
 * exports when the list has them. `X-Total-Count` and `Link` paging relations come with every page.
 */
const listOk = <T extends z.ZodType>(
	schema: T,
	description: string,
	{ exports = false }: { exports?: boolean } = {},
) => ({
	200: {
		description,
		headers: { 'X-Total-Count': headerRef('X-Total-Count') },
		content: {
			'application/json': { schema },
			...(exports
				? {
						[essence(MEDIA_TYPES.csv)]: { schema: z.string() },
						[essence(MEDIA_TYPES.ndjson)]: { schema: z.string() },
					}
				: {}),
		},
	},
});

/** A whole-dataset file: one body in one media type. */
const download = (schema: z.ZodType, description: string, mediaType = 'application/json') => ({
	200: { description, content: { [mediaType]: { schema } } },
	...notModified,
	...invalidParameter,
});

const csvDownload = (description: string) => download(z.string(), description, MEDIA_TYPES.csv);

/**
 * Every operation's responses. Its keys are the operation ids (`OperationId`): an operation whose id
 * is not here does not type-check, and the document generator fails on a key no route has.
 */
export const OPERATION_RESPONSES = {
	getRoot: { ...jsonOk(envelope(IndexSchema), 'The index'), ...notModified, ...invalidParameter },
	getIndex: { ...jsonOk(envelope(IndexSchema), 'The index'), ...notModified, ...invalidParameter },
	listStories: {
		...listOk(
			sparsePageEnvelope(StoryItemSchema, StoryFieldsSchema),
			'A page of stories (or every matching story as CSV/NDJSON)',
			{ exports: true },
		),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	getStory: {
		...detailOk(envelope(StoryDetailSchema), 'The story'),
		...notModified,
		...invalidParameter,
		...notFound,
		...notAcceptable,
	},
	getStoryCitation: {
		200: {
			description: 'The citation, in the media type of its style',
			content: Object.fromEntries(
				[...new Set(Object.values(CITATION_MEDIA_TYPES))].map((type) => [
					type,
					{ schema: z.string() },
				]),
			),
		},
		...notModified,
		...invalidParameter,
		...notFound,
	},
	listGovernments: {
		...listOk(
			sparsePageEnvelope(GovernmentItemSchema, GovernmentFieldsSchema),
			'A page of governments (or every matching one as CSV/NDJSON)',
			{ exports: true },
		),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	getGovernment: {
		...detailOk(envelope(GovernmentDetailSchema), 'The government'),
		...notModified,
		...invalidParameter,
		...notFound,
		...notAcceptable,
	},
	listFacets: {
		...jsonOk(envelope(z.array(FacetCountSchema)), 'The facets'),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	getStatistics: {
		...jsonOk(envelope(StatsSchema), 'The statistics'),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	resolveName: {
		...jsonOk(
			envelope(ResolutionSchema),
			'The status of the best candidate and the candidates, best first (none when nothing reaches the 0.7 threshold)',
		),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	searchDataset: {
		...listOk(pageEnvelope(SearchHitSchema), 'Hits, best first (or every hit as CSV/NDJSON)', {
			exports: true,
		}),
		...notModified,
		...invalidParameter,
		...notAcceptable,
	},
	getSource: {
		...jsonOk(envelope(SourceSchema), 'The source'),
		...notModified,
		...invalidParameter,
	},
	getDataset: download(DatasetDocumentSchema, 'The whole dataset as one JSON document'),
	getDataPackage: download(z.record(z.string(), z.unknown()), 'The Frictionless data package'),
	getStoriesCsv: csvDownload('The stories table'),
	getStoriesExcelCsv: csvDownload('The stories table, for Excel'),
	getGovernmentsCsv: csvDownload('The governments table'),
	getGovernmentsExcelCsv: csvDownload('The governments table, for Excel'),
	getTagsCsv: csvDownload('The classification table'),
	getTagsExcelCsv: csvDownload('The classification table, for Excel'),
	getClaimsCsv: csvDownload('The claims table'),
	getClaimsExcelCsv: csvDownload('The claims table, for Excel'),
	getDatasetZip: download(
		z.string().openapi({ format: 'binary' }),
		'The dataset as a zip',
		DATASET_ZIP_MEDIA_TYPE,
	),
	getSchemas: download(
		envelope(z.record(z.string(), z.record(z.string(), z.unknown()))),
		'The JSON Schemas, by record',
	),
	getHealth: { ...jsonOk(HealthSchema, 'Up'), ...invalidParameter },
	getProblemType: {
		...jsonOk(ProblemTypeSchema, 'The problem type'),
		...notModified,
		...invalidParameter,
		...notFound,
	},
} satisfies Record<string, Record<string, unknown>>;

/** The id of an operation: one that has its responses above. */
export type OperationId = keyof typeof OPERATION_RESPONSES;
