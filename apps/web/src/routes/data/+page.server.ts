import {
	claimsTable,
	dataPackage,
	datasetDocument,
	datasetFiles,
	datasetVersion,
	datasetZip,
	governmentsTable,
	jsonSchemas,
	publication,
	storiesTable,
	tagsTable,
	toCsv,
} from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { API_URL } from '$lib/server/config';
import { datasetReference, datasetRelease } from '$lib/server/dataset-release';
import { editionYears } from '$lib/server/editions';
import { datasetJsonLd } from '$lib/server/json-ld';
import { pageMeta } from '$lib/server/meta';
import { referenceParts } from '$lib/server/references';
import { sourceList } from '$lib/server/sources';
import type { PageServerLoad } from './$types';

export const csr = false;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const load: PageServerLoad = () => {
	const files = [
		{
			href: '/data/dataset.zip',
			name: 'dataset.zip',
			format: 'ZIP',
			description: m.data_file_zip(),
			size: datasetZip().length,
			encodingFormat: 'application/zip',
		},
		{
			href: '/data/dataset.json',
			name: 'dataset.json',
			format: 'JSON',
			description: m.data_file_json(),
			size: bytes(json(datasetDocument())),
			encodingFormat: 'application/json',
		},
		{
			href: '/data/stories.csv',
			name: 'stories.csv',
			format: 'CSV',
			description: m.data_file_stories(),
			size: bytes(toCsv(storiesTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/governments.csv',
			name: 'governments.csv',
			format: 'CSV',
			description: m.data_file_governments(),
			size: bytes(toCsv(governmentsTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/tags.csv',
			name: 'tags.csv',
			format: 'CSV',
			description: m.data_file_tags(),
			size: bytes(toCsv(tagsTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/claims.csv',
			name: 'claims.csv',
			format: 'CSV',
			description: m.data_file_claims(),
			size: bytes(toCsv(claimsTable())),
			encodingFormat: 'text/csv',
		},
		...['stories', 'governments', 'tags', 'claims'].map((table) => ({
			href: `/data/excel/${table}.csv`,
			name: `excel/${table}.csv`,
			format: m.data_format_excel(),
			description: m.data_file_excel({ file: `${table}.csv` }),
			size: bytes(datasetFiles()[`excel/${table}.csv`] ?? ''),
			encodingFormat: 'text/csv',
		})),
		{
			href: '/data/datapackage.json',
			name: 'datapackage.json',
			format: 'Frictionless Data Package',
			description: m.data_file_datapackage(),
			size: bytes(json(dataPackage())),
			encodingFormat: 'application/json',
		},
	];
	const schemas = Object.keys(jsonSchemas()).map((name) => ({
		name,
		href: `/data/schema/${name}.json`,
	}));
	const description = m.data_meta_description({
		publisher: m.publisher_short(),
		year: publication.year,
	});

	return {
		editions: editionYears(),
		release: datasetRelease(),
		datasetCitation: datasetReference(),
		meta: pageMeta({
			title: m.data_title(),
			description,
			path: '/data/',
			jsonLd: datasetJsonLd({ description: `${description} ${m.data_json_ld_note()}`, files }),
		}),
		files,
		schemas,
		version: datasetVersion,
		api: API_URL,
		licence: publication.licence,
		requiredCitation: referenceParts(publication.requiredCitation, publication.title),
		sources: sourceList(),
	};
};
