import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { DatasetDocumentSchema } from '../schema/dataset.js';
import { type Table, toCsv } from './csv.js';
import { dataPackage } from './data-package.js';
import { datasetDocument } from './dataset-document.js';
import { jsonSchemas } from './json-schemas.js';
import { claimsTable, governmentsTable, storiesTable, tagsTable } from './tables.js';

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
			[
				'slug,edition,country,country_name',
				'region,region_code,subregion,subregion_code,intermediate_region,intermediate_region_code',
				'heading,page,level,local_authority,local_authority_name,text',
				'photo_caption,photo_credit,source_text_image_description',
				'outcome,outcome_label,topic,topic_label,framework,framework_label',
				'domain,domain_label,gcm_objective,gcm_objective_label',
			].join(','),
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
		expect(descriptor.licenses.map((licence) => licence.name)).toEqual(
			expect.arrayContaining(['CC-BY-NC-ND-3.0-IGO', 'CC-BY-4.0', 'ODbL-1.0', 'MIT']),
		);
		const header = <Row>(table: Table<Row>) => toCsv({ columns: table.columns, rows: [] }).trim();
		const fields = (at: number) =>
			descriptor.resources[at]?.schema.fields.map((field) => field.name).join(',');
		expect(descriptor.resources.map((resource) => resource.path)).toEqual([
			'stories.csv',
			'governments.csv',
			'tags.csv',
			'claims.csv',
		]);
		expect(fields(0)).toBe(header(storiesTable()));
		expect(fields(1)).toBe(header(governmentsTable()));
		expect(fields(2)).toBe(header(tagsTable()));
		expect(fields(3)).toBe(header(claimsTable()));
	});

	it('names the sources and licences of every resource and every field', () => {
		const descriptor = dataPackage();
		const governments = descriptor.resources.find((resource) => resource.name === 'governments');
		expect(governments?.licenses.map((licence) => licence.name)).toEqual(
			expect.arrayContaining(['CC-BY-NC-ND-3.0-IGO', 'ODbL-1.0', 'CC-BY-4.0', 'MIT']),
		);
		const tags = descriptor.resources.find((resource) => resource.name === 'tags');
		expect(tags?.licenses.map((licence) => licence.name).sort()).toEqual([
			'CC-BY-4.0',
			'CC-BY-NC-ND-3.0-IGO',
		]);
		for (const resource of descriptor.resources) {
			expect(resource.sources.length, resource.name).toBeGreaterThan(0);
			for (const field of resource.schema.fields) {
				expect(field.sources.length, `${resource.name}.${field.name}`).toBeGreaterThan(0);
			}
		}
	});

	it('identifies the booklet by its ISBN, never by the programme’s contact address', () => {
		const text = JSON.stringify(dataPackage());
		expect(text).not.toMatch(/migrationdataportal/);
		expect(text).toContain('urn:isbn:978-92-9268-019-0');
	});
});

describe('the stories and governments tables', () => {
	it('put UN M49 regions in the stories and label columns beside slug columns', () => {
		const rows = parse(toCsv(storiesTable()), { columns: true }) as Record<string, string>[];
		const mauritius = rows.find((row) => row.slug === 'mauritius');
		expect(mauritius).toMatchObject({
			region: 'Africa',
			region_code: '002',
			subregion: 'Sub-Saharan Africa',
			subregion_code: '202',
			intermediate_region: 'Eastern Africa',
			intermediate_region_code: '014',
		});
		const brazil = rows.find((row) => row.slug === 'brazil');
		expect(brazil?.local_authority_name).toBe('São Paulo');
		expect(brazil?.outcome?.split(';').length).toBe(brazil?.outcome_label?.split(';').length);
	});

	it('give every local authority its level, evidence and ISO 3166-2 subdivision', () => {
		const rows = parse(toCsv(governmentsTable()), { columns: true }) as Record<string, string>[];
		const tamaulipas = rows.find((row) => row.id === 'mx-tamaulipas');
		expect(tamaulipas).toMatchObject({
			level: 'state',
			subdivision_code: 'MX-TAM',
			level_source: 'mgi-stories-reading',
		});
		expect(tamaulipas?.point_source).toMatch(/seat of government/);
		for (const row of rows.filter((candidate) => candidate.kind === 'local')) {
			expect(row.level, row.id).not.toBe('');
			expect(row.subdivision_code, row.id).toMatch(/^[A-Z]{2}-/);
		}
	});

	it('never call a photo description the booklet’s words', () => {
		const column = storiesTable().columns.find(
			(candidate) => candidate.name === 'source_text_image_description',
		);
		expect(column?.description).toMatch(/not printed by IOM/);
		expect(
			storiesTable()
				.rows.filter((story) => story.photo?.sourceTextImageDescription)
				.map((s) => s.slug),
		).toEqual(['dominican-republic', 'ethiopia', 'iraq', 'sierra-leone']);
	});
});

describe('claimsTable', () => {
	it('carries the claims check into the exports', () => {
		const table = claimsTable();
		expect(table.rows.length).toBeGreaterThan(0);
		const rows = parse(toCsv(table), { columns: true }) as Record<string, string>[];
		const localAuthorities = rows.find((row) => row.id === 'foreword-local-authorities');
		expect(localAuthorities).toMatchObject({ verdict: 'inconsistent', counted: '29' });
		expect(JSON.parse(localAuthorities?.values ?? 'null')).toEqual(expect.any(Object));
		expect(new Set(rows.map((row) => row.verdict))).toEqual(
			new Set(['consistent', 'inconsistent', 'depends-on-reading', 'not-checkable']),
		);
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
