import { datasetVersion, publication } from '../data.js';
import type { Table } from './csv.js';
import { governmentsTable, storiesTable, tagsTable } from './tables.js';

function resource<Row>(table: Table<Row>) {
	return {
		name: table.name,
		path: `${table.name}.csv`,
		profile: 'tabular-data-resource',
		description: table.description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: {
			fields: table.columns.map(({ name, type, description }) => ({ name, type, description })),
			primaryKey: table.primaryKey,
		},
	};
}

/** A Frictionless Tabular Data Package describing the CSV exports (stories.csv, governments.csv, tags.csv). */
export function dataPackage() {
	const stories = resource(storiesTable());
	const tags = resource(tagsTable());
	return {
		profile: 'tabular-data-package',
		name: publication.id,
		title: publication.title,
		version: datasetVersion,
		description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as tables: the success stories quoted verbatim, their classification with evidence, and every participating government.`,
		homepage: publication.url,
		licenses: [
			{
				name: publication.licence.id,
				title: publication.licence.name,
				path: publication.licence.url,
			},
		],
		sources: [{ title: publication.requiredCitation, path: publication.url }],
		resources: [
			{
				...stories,
				schema: {
					...stories.schema,
					foreignKeys: [
						{ fields: 'country', reference: { resource: 'governments', fields: 'id' } },
					],
				},
			},
			resource(governmentsTable()),
			{
				...tags,
				schema: {
					...tags.schema,
					foreignKeys: [{ fields: 'story', reference: { resource: 'stories', fields: 'slug' } }],
				},
			},
		],
	};
}
