/** @module whole-dataset downloads: the JSON document, a Frictionless data package and its CSV tables */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
	CSV_MEDIA_TYPE,
	type CsvVariant,
	claimsTable,
	DATASET_ZIP_MEDIA_TYPE,
	dataPackage,
	datasetDocument,
	datasetZip,
	governmentsTable,
	jsonSchemas,
	storiesTable,
	type Table,
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
	stories: { table: storiesTable, title: 'The stories table' },
	governments: { table: governmentsTable, title: 'The governments table' },
	tags: {
		table: tagsTable,
		title:
			"The classification table (this project's own reading): one row per tag, with its evidence",
	},
	claims: {
		table: claimsTable,
		title: "The booklet's claims about itself, checked against its own contents",
	},
} as const;
type TableName = keyof typeof TABLES;

const csvBody = (name: TableName, variant: CsvVariant) =>
	toCsv(TABLES[name].table() as Table<unknown>, { variant });

const csv = (
	c: { body: (body: string, status: 200, headers: Record<string, string>) => Response },
	name: TableName,
	variant: CsvVariant,
) =>
	c.body(csvBody(name, variant), 200, {
		'Content-Type': CSV_MEDIA_TYPE,
		'Content-Disposition': `attachment; filename="${variant === 'excel' ? `${name}-excel` : name}.csv"`,
	});

const EXCEL_NOTE =
	'For Microsoft Excel: UTF-8 with a byte order mark, and text Excel would coerce (codes such as "008", formula triggers) written as ="…" so it shows as typed.';

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
			'A Frictionless Tabular Data Package describing stories.csv, governments.csv, tags.csv and claims.csv, with sources and licences per resource and field',
			z.record(z.string(), z.unknown()),
		),
		(c) => c.json(dataPackage() as Record<string, unknown>, 200),
	)
	.openapi(
		download('/stories.csv', `${TABLES.stories.title} (RFC 4180)`, z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'stories', 'standard'),
	)
	.openapi(
		download(
			'/stories-excel.csv',
			`${TABLES.stories.title}. ${EXCEL_NOTE}`,
			z.string(),
			MEDIA_TYPES.csv,
		),
		(c) => csv(c, 'stories', 'excel'),
	)
	.openapi(
		download(
			'/governments.csv',
			`${TABLES.governments.title} (RFC 4180)`,
			z.string(),
			MEDIA_TYPES.csv,
		),
		(c) => csv(c, 'governments', 'standard'),
	)
	.openapi(
		download(
			'/governments-excel.csv',
			`${TABLES.governments.title}. ${EXCEL_NOTE}`,
			z.string(),
			MEDIA_TYPES.csv,
		),
		(c) => csv(c, 'governments', 'excel'),
	)
	.openapi(
		download('/tags.csv', `${TABLES.tags.title} (RFC 4180)`, z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'tags', 'standard'),
	)
	.openapi(
		download('/tags-excel.csv', `${TABLES.tags.title}. ${EXCEL_NOTE}`, z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'tags', 'excel'),
	)
	.openapi(
		download('/claims.csv', `${TABLES.claims.title} (RFC 4180)`, z.string(), MEDIA_TYPES.csv),
		(c) => csv(c, 'claims', 'standard'),
	)
	.openapi(
		download(
			'/claims-excel.csv',
			`${TABLES.claims.title}. ${EXCEL_NOTE}`,
			z.string(),
			MEDIA_TYPES.csv,
		),
		(c) => csv(c, 'claims', 'excel'),
	)
	.openapi(
		download(
			'/dataset.zip',
			'The whole dataset in one zip: datapackage.json (Frictionless), its CSV tables, their Excel variants, and a README with the sources, licences and attributions',
			z.string().openapi({ format: 'binary' }),
			DATASET_ZIP_MEDIA_TYPE,
		),
		(c) =>
			c.body(datasetZip() as Uint8Array<ArrayBuffer>, 200, {
				'Content-Type': DATASET_ZIP_MEDIA_TYPE,
				'Content-Disposition': 'attachment; filename="mgi-success-stories-2021-dataset.zip"',
			}),
	)
	.openapi(
		download(
			'/schemas',
			'JSON Schema (draft 2020-12) of every record, generated from the zod schemas',
			envelope(z.record(z.string(), z.record(z.string(), z.unknown()))),
		),
		(c) => c.json({ data: jsonSchemas() }, 200),
	);
