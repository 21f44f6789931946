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
import { API_URL, absoluteUrl } from '$lib/server/config';
import { datasetCitation, datasetRelease } from '$lib/server/dataset-release';
import { pageMeta } from '$lib/server/meta';
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
			description:
				'Everything below in one file: datapackage.json, the four CSV tables, their Excel variants, and a README with the sources, licences and attributions.',
			size: datasetZip().length,
			encodingFormat: 'application/zip',
		},
		{
			href: '/data/dataset.json',
			name: 'dataset.json',
			format: 'JSON',
			description:
				'Everything in one document: the publication, sources, vocabulary, the claims check, countries with their local authorities, and the stories with their tags.',
			size: bytes(json(datasetDocument())),
			encodingFormat: 'application/json',
		},
		{
			href: '/data/stories.csv',
			name: 'stories.csv',
			format: 'CSV',
			description:
				'One row per story: text, page, level, UN M49 regions, photo caption and credit, facet values with labels.',
			size: bytes(toCsv(storiesTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/governments.csv',
			name: 'governments.csv',
			format: 'CSV',
			description:
				'One row per participating country and local authority: codes, UN M49 regions, level and ISO 3166-2 subdivision, point, each column with its source.',
			size: bytes(toCsv(governmentsTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/tags.csv',
			name: 'tags.csv',
			format: 'CSV',
			description: 'One row per tag: story, facet, value and the verbatim evidence phrase.',
			size: bytes(toCsv(tagsTable())),
			encodingFormat: 'text/csv',
		},
		{
			href: '/data/claims.csv',
			name: 'claims.csv',
			format: 'CSV',
			description:
				'One row per claim the booklet makes about itself, with its verbatim quote and our check.',
			size: bytes(toCsv(claimsTable())),
			encodingFormat: 'text/csv',
		},
		...['stories', 'governments', 'tags', 'claims'].map((table) => ({
			href: `/data/excel/${table}.csv`,
			name: `excel/${table}.csv`,
			format: 'CSV for Excel',
			description: `${table}.csv for Microsoft Excel: UTF-8 with a byte order mark, codes such as "008" kept as text.`,
			size: bytes(datasetFiles()[`excel/${table}.csv`] ?? ''),
			encodingFormat: 'text/csv',
		})),
		{
			href: '/data/datapackage.json',
			name: 'datapackage.json',
			format: 'Frictionless Data Package',
			description:
				'Describes the four CSV files: fields, types, keys, and the sources and licences of every resource and field.',
			size: bytes(json(dataPackage())),
			encodingFormat: 'application/json',
		},
	];
	const schemas = Object.keys(jsonSchemas()).map((name) => ({
		name,
		href: `/data/schema/${name}.json`,
	}));
	const description = `The MGI success stories dataset (${publication.publisherShort}, ${publication.year}) as JSON, CSV with a Frictionless Data Package and JSON Schema, through a JSON API, and as an npm package.`;

	return {
		release: datasetRelease(),
		datasetCitation: datasetCitation(),
		meta: pageMeta({
			title: 'Downloads, API and package',
			description,
			path: '/data/',
			jsonLd: {
				'@context': 'https://schema.org',
				'@type': 'Dataset',
				name: `${publication.title} — dataset`,
				description: `${description} Stories are quoted verbatim; each classification tag carries its evidence phrase.`,
				url: absoluteUrl('/data/'),
				version: datasetVersion,
				inLanguage: 'en',
				license: publication.licence.url,
				isBasedOn: {
					'@type': 'Book',
					name: publication.title,
					isbn: publication.isbn.pdf,
				},
				creator: { '@type': 'Organization', name: publication.publisher },
				temporalCoverage: `${publication.participationPeriod.from}/${publication.participationPeriod.to}`,
				spatialCoverage: 'Worldwide',
				keywords: ['migration governance', 'MGI', 'IOM', 'migration policy', 'success stories'],
				distribution: files.map((file) => ({
					'@type': 'DataDownload',
					name: file.name,
					encodingFormat: file.encodingFormat,
					contentUrl: absoluteUrl(file.href),
					contentSize: `${file.size} B`,
				})),
			},
		}),
		files,
		schemas,
		version: datasetVersion,
		api: API_URL,
		licence: publication.licence,
		requiredCitation: publication.requiredCitation,
	};
};
