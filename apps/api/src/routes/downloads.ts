/** @module whole-dataset downloads: the JSON document, a Frictionless data package and its CSV tables */
import { CSV_MEDIA_TYPE, type CsvVariant, publication, type Table, toCsv } from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { loadDataset } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';
import type { OperationId } from '../openapi/responses.js';

/** A whole-dataset file: no parameters, one representation. */
const download = (
	operationId: OperationId,
	summary: string,
	description: string,
	example?: (body: unknown) => unknown,
) =>
	operation({
		operationId,
		tags: ['Downloads'],
		summary,
		description,
		query: {},
		...(example ? { example } : {}),
	});

const TABLES = {
	stories: { table: 'storiesTable', title: 'The stories table' },
	governments: { table: 'governmentsTable', title: 'The governments table' },
	tags: {
		table: 'tagsTable',
		title:
			"The classification table (this project's own reading): one row per tag, with its evidence",
	},
	claims: {
		table: 'claimsTable',
		title: "The booklet's claims about itself, checked against its own contents",
	},
} as const;
type TableName = keyof typeof TABLES;

const csvBody = async (name: TableName, variant: CsvVariant) => {
	const table = (await loadDataset())[TABLES[name].table]() as Table<unknown>;
	return toCsv(table, { variant });
};

const csv = async (
	c: { body: (body: string, status: 200, headers: Record<string, string>) => Response },
	name: TableName,
	variant: CsvVariant,
) =>
	c.body(await csvBody(name, variant), 200, {
		'Content-Type': CSV_MEDIA_TYPE,
		'Content-Disposition': `attachment; filename="${variant === 'excel' ? `${name}-excel` : name}.csv"`,
	});

const EXCEL_NOTE =
	'For Microsoft Excel: UTF-8 with a byte order mark, and text Excel would coerce (codes such as "008", formula triggers) written as ="…" so it shows as typed.';

/** The path and operation id of a table's CSV, or of its Excel variant. */
const tableDownload = (name: TableName, variant: CsvVariant) => {
	const file = variant === 'excel' ? `${name}-excel` : name;
	const capitalized = `${name.charAt(0).toUpperCase()}${name.slice(1)}` as Capitalize<TableName>;
	return {
		path: `/${file}.csv`,
		operation: download(
			`get${capitalized}${variant === 'excel' ? 'Excel' : ''}Csv` as const,
			variant === 'excel' ? `${TABLES[name].title}, for Microsoft Excel` : TABLES[name].title,
			variant === 'excel'
				? `${TABLES[name].title}. ${EXCEL_NOTE}`
				: `${TABLES[name].title} (RFC 4180, UTF-8, header row).`,
		),
	};
};

const TABLE_DOWNLOADS = (Object.keys(TABLES) as TableName[]).flatMap((name) =>
	(['standard', 'excel'] as const).map((variant) => ({
		name,
		variant,
		...tableDownload(name, variant),
	})),
);

/** The index's links to the CSV tables and their Excel variants (`storiesCsv`, `storiesExcelCsv`…). */
export const TABLE_LINKS = Object.fromEntries(
	TABLE_DOWNLOADS.map((table) => [
		`${table.name}${table.variant === 'excel' ? 'Excel' : ''}Csv`,
		`/v1${table.path}`,
	]),
);

const getDataset = download(
	'getDataset',
	'The whole dataset as one JSON document',
	'The publication, sources, vocabulary, claims checked, countries and stories in one JSON document.',
);
const getDataPackage = download(
	'getDataPackage',
	'The Frictionless data package',
	'A Frictionless Tabular Data Package describing stories.csv, governments.csv, tags.csv and claims.csv, with sources and licences per resource and field.',
);
const getDatasetZip = download(
	'getDatasetZip',
	'The whole dataset in one zip',
	'Everything in one file: datapackage.json (Frictionless), its CSV tables, their Excel variants, and a README with the sources, licences and attributions.',
);
const getSchemas = download(
	'getSchemas',
	'JSON Schema of every record',
	'JSON Schema (draft 2020-12) of every record of the dataset, by record name.',
	// one schema whole, rather than every schema with its lists cut
	(body) => ({ data: { story: (body as { data: { story: unknown } }).data.story } }),
);

const routes = new Hono()
	.get('/dataset.json', getDataset, async (c) =>
		c.json((await loadDataset()).datasetDocument(), 200),
	)
	.get('/datapackage.json', getDataPackage, async (c) =>
		c.json((await loadDataset()).dataPackage() as Record<string, unknown>, 200),
	)
	.get('/dataset.zip', getDatasetZip, async (c) => {
		// the media type comes with the zip: importing it alone would reach the zip's module from the entry
		const { DATASET_ZIP_MEDIA_TYPE, datasetZip } = await loadDataset();
		return c.body(datasetZip() as Uint8Array<ArrayBuffer>, 200, {
			'Content-Type': DATASET_ZIP_MEDIA_TYPE,
			'Content-Disposition': `attachment; filename="${publication.id}-dataset.zip"`,
		});
	})
	.get('/schemas', getSchemas, async (c) =>
		c.json({ data: (await loadDataset()).jsonSchemas() }, 200),
	);

for (const table of TABLE_DOWNLOADS) {
	routes.get(table.path, table.operation, (c) => csv(c, table.name, table.variant));
}

export const downloadsRoutes = routes;
