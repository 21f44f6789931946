import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { DatasetDocumentSchema } from '../schema/dataset.js';
import { type Table, toCsv } from './csv.js';
import { dataPackage } from './data-package.js';
import { datasetDocument } from './dataset-document.js';
import { jsonSchemas } from './json-schemas.js';
import { governmentsTable, storiesTable, tagsTable } from './tables.js';

describe('datasetDocument', () => {
	it('is valid against its own schema and survives a JSON round trip', () => {
		const document = JSON.parse(JSON.stringify(datasetDocument()));
		expect(DatasetDocumentSchema.parse(document)).toEqual(document);
		expect(document.stories).toHaveLength(19);
		expect(document.countries).toHaveLength(84);
	});
});

describe('tables', () => {
	it('exports one row per story, government and tag', () => {
		expect(storiesTable().rows).toHaveLength(19);
		expect(governmentsTable().rows).toHaveLength(113);
		expect(tagsTable().rows.length).toBeGreaterThan(19);
	});

	it('writes story text verbatim into the CSV, quoted', () => {
		const csv = toCsv(storiesTable());
		expect(csv.split('\r\n')[0]).toBe(
			'slug,edition,country,country_name,heading,page,level,local_authority,text,photo_caption,photo_credit,photo_description,outcome,topic,framework,domain,gcm_objective',
		);
		const [albania, dominicanRepublic] = [stories[0], stories[4]];
		expect(albania?.text).toContain(',');
		expect(csv).toContain(`,"${albania?.text}",`);
		expect(dominicanRepublic?.text).not.toMatch(/[",\n]/);
		expect(csv).toContain(`,${dominicanRepublic?.text},`);
	});
});

describe('dataPackage', () => {
	it('describes each CSV with a table schema whose fields match the CSV header', () => {
		const descriptor = dataPackage();
		expect(descriptor.profile).toBe('tabular-data-package');
		expect(descriptor.licenses[0]?.name).toBe('CC-BY-NC-ND-3.0-IGO');
		const header = <Row>(table: Table<Row>) => toCsv({ columns: table.columns, rows: [] }).trim();
		const fields = (at: number) =>
			descriptor.resources[at]?.schema.fields.map((field) => field.name).join(',');
		expect(descriptor.resources.map((resource) => resource.path)).toEqual([
			'stories.csv',
			'governments.csv',
			'tags.csv',
		]);
		expect(fields(0)).toBe(header(storiesTable()));
		expect(fields(1)).toBe(header(governmentsTable()));
		expect(fields(2)).toBe(header(tagsTable()));
	});
});

describe('jsonSchemas', () => {
	it('generates JSON Schema from the zod schemas', () => {
		const schemas = jsonSchemas();
		expect(schemas.story.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schemas.story.required).toEqual(expect.arrayContaining(['slug', 'text', 'tags']));
		expect(Object.keys(schemas)).toEqual(
			expect.arrayContaining(['dataset', 'story', 'country', 'localAuthority', 'publication']),
		);
	});
});
