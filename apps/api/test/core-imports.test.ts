import { describe, expect, it } from 'vitest';
import { importDefiningModules, splitDataModule } from '../scripts/core-imports.mjs';

describe('the Worker build: core imported from its defining modules', () => {
	const modules = new Map([
		['stories', '/core/dist/generated/stories.js'],
		['toCsv', '/core/dist/exports/csv.js'],
	]);

	it('imports each value from the module that defines it and keeps type-only names type-only', () => {
		const source =
			"import {\n\ttype Locale,\n\tstories,\n\ttoCsv as csv,\n} from '@mgi-stories/core';";
		expect(importDefiningModules(source, modules)).toBe(
			'import type { Locale } from \'@mgi-stories/core\'; import { stories } from "/core/dist/generated/stories.js"; import { toCsv as csv } from "/core/dist/exports/csv.js";',
		);
	});

	it('fails the build on a name core does not export', () => {
		expect(() =>
			importDefiningModules("import { nowhere } from '@mgi-stories/core';", modules),
		).toThrow('@mgi-stories/core exports no nowhere');
	});
});

describe('the Worker build: core tables as data assets', () => {
	const json = JSON.stringify({
		names: Array.from({ length: 200 }, (_, index) => `name ${index}`),
	});

	it('reads every long JSON text from the asset, in order, and keeps short literals', () => {
		const source = `export const table = JSON.parse(${JSON.stringify(json)});\nexport const other = JSON.parse(${JSON.stringify(json.replace('name', 'key'))});\nconst short = "a";`;
		const { code, parts } = splitDataModule('table', source);
		expect(parts).toEqual([json, json.replace('name', 'key')]);
		expect(code).toContain('export const table = JSON.parse(__parts[0]);');
		expect(code).toContain('export const other = JSON.parse(__parts[1]);');
		expect(code).toContain('const short = "a";');
		expect(code).toContain('const __parts = dataParts("table");');
	});

	it('fails the build on a module without a JSON text to leave out', () => {
		expect(() => splitDataModule('empty', 'export const x = "short";')).toThrow(
			"core's empty module holds no JSON text to leave out",
		);
	});
});
