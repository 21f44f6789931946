import { countries, datasetZip, governments, stories } from '@mgi-stories/core';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/support/problem.js';
import { createApp } from '../app.js';

const app = createApp();

describe('whole-dataset downloads', () => {
	it('serves the dataset as one document', async () => {
		const response = await app.request('/v1/dataset.json');
		expect(response.status).toBe(200);
		const document = (await response.json()) as {
			stories: unknown[];
			countries: unknown[];
			claims: unknown[];
		};
		expect(document.stories).toEqual(stories);
		expect(document.countries).toEqual(countries);
		expect(document.claims.length).toBeGreaterThan(0);
	});

	it('serves a data package whose CSV resources resolve next to it', async () => {
		const descriptor = (await (await app.request('/v1/datapackage.json')).json()) as {
			resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
		};
		expect(descriptor.resources.map((resource) => resource.path)).toEqual([
			'stories.csv',
			'governments.csv',
			'tags.csv',
			'claims.csv',
		]);
		for (const resource of descriptor.resources) {
			const response = await app.request(
				new URL(resource.path, 'http://localhost/v1/datapackage.json').pathname,
			);
			expect(response.status, resource.path).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			const header = (await response.text()).split('\r\n')[0];
			expect(header).toBe(resource.schema.fields.map((field) => field.name).join(','));
		}
	});

	it('offers an Excel variant beside every CSV: byte order mark, codes kept as text', async () => {
		for (const name of ['stories', 'governments', 'tags', 'claims']) {
			const response = await app.request(`/v1/${name}-excel.csv`);
			expect(response.status, name).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
		}
		// twice: the second answer comes from the representation memo and must keep its bytes
		for (let round = 0; round < 2; round++) {
			const response = await app.request('/v1/governments-excel.csv');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
			expect(text).toContain(',"=""008""",');
			expect(text).toContain('São Paulo');
		}
	});

	it('serves the whole dataset as one zip, the same bytes core builds', async () => {
		const response = await app.request('/v1/dataset.zip');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/zip');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="mgi-success-stories-2021-dataset.zip"',
		);
		const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['datapackage.json', 'README.md', 'claims.csv', 'excel/stories.csv']),
		);
		const again = new Uint8Array(await (await app.request('/v1/dataset.zip')).arrayBuffer());
		expect(again).toEqual(datasetZip());
	});

	it('has one CSV row per government', async () => {
		const text = await (await app.request('/v1/governments.csv')).text();
		expect(text.trimEnd().split('\r\n')).toHaveLength(governments.length + 1);
	});

	it('serves JSON Schemas of every record', async () => {
		const { data } = (await (await app.request('/v1/schemas')).json()) as {
			data: Record<string, { $schema?: string }>;
		};
		expect(Object.keys(data)).toEqual(expect.arrayContaining(['dataset', 'story', 'country']));
		expect(data.story?.$schema).toContain('json-schema.org');
	});

	it('takes no parameters', async () => {
		await expectProblem(await app.request('/v1/tags.csv?limit=1'), 400, 'invalid-parameter');
	});
});
