import { datasetVersion, publication } from '../data.js';
import type { Source } from '../types.js';
import type { Table } from './csv.js';
import { columnSources, datasetSources } from './provenance.js';
import { claimsTable, governmentsTable, storiesTable, tagsTable } from './tables.js';

function sourceById(id: string): Source {
	const source = datasetSources().find((candidate) => candidate.id === id);
	if (!source) throw new Error(`undeclared source "${id}"`);
	return source;
}

/** A Frictionless source: the booklet by its required citation and ISBN, a package by name@version, a dataset by its release or commit. */
function frictionlessSource(source: Source) {
	return {
		title: source.title,
		...(source.package ? { version: source.package } : {}),
		...(source.version ? { version: source.version } : {}),
		...(source.url ? { path: source.url } : {}),
		...(source.kind === 'booklet'
			? { path: `urn:isbn:${publication.isbn.pdf}`, description: publication.requiredCitation }
			: {}),
		licence: source.licence,
		attribution: source.attribution,
	};
}

function frictionlessLicences(sources: readonly Source[]) {
	const unique = new Map(sources.map((source) => [source.licence, source]));
	return [...unique.values()].map((source) => ({
		name: source.licence,
		path: source.licenceUrl,
		title: `${source.licence}, for ${sources
			.filter((candidate) => candidate.licence === source.licence)
			.map((candidate) => candidate.id)
			.join(', ')}`,
	}));
}

function resource<Row>(table: Table<Row>) {
	const ids = [
		...new Set(table.columns.flatMap((column) => columnSources(table.name, column.name))),
	];
	const sources = ids.map(sourceById);
	return {
		name: table.name,
		path: `${table.name}.csv`,
		profile: 'tabular-data-resource',
		description: table.description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		sources: sources.map(frictionlessSource),
		licenses: frictionlessLicences(sources),
		schema: {
			fields: table.columns.map(({ name, type, description }) => ({
				name,
				type,
				description,
				sources: [...columnSources(table.name, name)],
			})),
			primaryKey: table.primaryKey,
		},
	};
}

/**
 * A Frictionless Tabular Data Package describing the CSV exports (stories, governments, tags, claims),
 * with `sources` and `licenses` per resource and the sources of every field.
 * @example dataPackage().resources.map((resource) => resource.path)
 */
export function dataPackage() {
	const stories = resource(storiesTable());
	const tags = resource(tagsTable());
	const all = datasetSources();
	return {
		profile: 'tabular-data-package',
		name: publication.id,
		title: publication.title,
		version: datasetVersion,
		description: `${publication.title} (${publication.publisherShort}, ${publication.year}, ISBN ${publication.isbn.pdf}) as tables: the success stories quoted verbatim, this project's own classification of them with evidence, every participating government with facts from named sources, and the booklet's claims about itself checked against its contents. Each resource names its sources and licences; the booklet's text is under ${publication.licence.id}, this project's own reading under CC-BY-4.0.`,
		licenses: frictionlessLicences(all),
		sources: all.map(frictionlessSource),
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
			resource(claimsTable()),
		],
	};
}
