/** @module whole-dataset downloads: the JSON document, a Frictionless data package and its CSV tables */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
	dataPackage,
	datasetDocument,
	governmentsTable,
	jsonSchemas,
	storiesTable,
	tagsTable,
	toCsv,
} from '@mgi-stories/core';
import { DatasetDocumentSchema } from '@mgi-stories/core/schema';
import { MEDIA_TYPES } from '../http/negotiate.js';
import { validationHook } from '../openapi/hook.js';
import { querySchema } from '../openapi/params.js';
import { invalidParameter, notModified } from '../openapi/responses.js';
import { envelope } from '../openapi/schemas.js';

const download = <const Path extends string, Schema extends z.ZodType>(
	path: Path,
	summary: string,
	schema: Schema,
	mediaType = 'application/json',
) =>
	createRoute({
		method: 'get',
		path,
		tags: ['Downloads'],
		summary,
		request: { query: querySchema({}) },
		responses: {
			200: { description: summary, content: { [mediaType]: { schema } } },
			...notModified,
			...invalidParameter,
		},
	});

const TABLES = {
	'stories.csv': () => toCsv(storiesTable()),
	'governments.csv': () => toCsv(governmentsTable()),
	'tags.csv': () => toCsv(tagsTable()),
} as const;

const csv = (
	c: { body: (body: string, status: 200, headers: Record<string, string>) => Response },
	name: keyof typeof TABLES,
) =>
	c.body(TABLES[name](), 200, {
		'Content-Type': MEDIA_TYPES.csv,
		'Content-Disposition': `attachment; filename="${name}"`,
	});

export const downloadsRoutes = new OpenAPIHono({ defaultHook: validationHook })
	.openapi(
		download(
			'/dataset.json',
			'The whole dataset as one JSON document (publication, sources, vocabulary, claims checked, countries, stories)',
			DatasetDocumentSchema,
		),
		(c) => c.json(datasetDocument(), 200),
	)
	.openapi(
		download(
			'/datapackage.json',
			'A Frictionless Tabular Data Package describing stories.csv, governments.csv and tags.csv',
			z.record(z.string(), z.unknown()),
		),
		(c) => c.json(dataPackage() as Record<string, unknown>, 200),
	)
	.openapi(
		download('/stories.csv', 'The stories table (RFC 4180)', z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'stories.csv'),
	)
	.openapi(
		download('/governments.csv', 'The governments table (RFC 4180)', z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'governments.csv'),
	)
	.openapi(
		download(
			'/tags.csv',
			'The classification table: one row per tag, with its evidence (RFC 4180)',
			z.string(),
			MEDIA_TYPES.csv,
		),
		(c) => csv(c, 'tags.csv'),
	)
	.openapi(
		download(
			'/schemas',
			'JSON Schema (draft 2020-12) of every record, generated from the zod schemas',
			envelope(z.record(z.string(), z.record(z.string(), z.unknown()))),
		),
		(c) => c.json({ data: jsonSchemas() }, 200),
	);
