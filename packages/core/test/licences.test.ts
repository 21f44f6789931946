import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { governmentSources } from '../src/data.js';
import { datasetSources } from '../src/exports/provenance.js';
import { localizedNames } from '../src/generated/localized-names.js';
import { unNames } from '../src/generated/un-names.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(packageDir, path), 'utf8').replace(/\s+/g, ' ');
const manifest = JSON.parse(read('package.json')) as { license: string };

describe('licences', () => {
	it('the SPDX expression names the code licence and every licence a data source declares', () => {
		const ids = manifest.license.split(' AND ');
		expect(ids[0]).toBe('MIT');
		expect(new Set(ids)).toEqual(
			new Set(['MIT', ...datasetSources().map((source) => source.licence)]),
		);
	});

	it('every document that states the SPDX expression or counts its licences agrees with package.json', () => {
		const count = manifest.license.split(' AND ').length;
		const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
		for (const path of ['README.md', 'LICENSE.md', '../../README.md', '../../NOTICE']) {
			const text = read(path);
			for (const [quoted] of text.matchAll(/MIT AND [A-Za-z0-9.+\- ]*[A-Za-z0-9.+-]/g)) {
				expect(quoted, path).toBe(manifest.license);
			}
			for (const [, counted] of text.matchAll(/names all (\w+) licences/g)) {
				expect(counted, path).toBe(words[count]);
			}
		}
	});

	it('the package licence file and the repository NOTICE name every source, its version and licence', () => {
		for (const notice of [read('LICENSE.md'), read('../../NOTICE')]) {
			expect(notice).toContain('CC BY-NC-ND 3.0 IGO');
			for (const source of governmentSources) {
				if (source.package) {
					const [name, version] = [
						source.package.replace(/@[^@]+$/, ''),
						source.package.split('@').at(-1),
					];
					expect(notice).toMatch(new RegExp(`${name}[ @]${version?.replaceAll('.', '\\.')}`));
				}
				expect(notice).toContain(source.licence);
			}
			expect(notice).toContain('GeoNames');
			for (const source of localizedNames.sources) {
				expect(notice).toContain(source.licence);
				if (source.id === 'cldr') expect(notice).toContain(`CLDR ${source.version}`);
			}
			expect(notice).toContain(unNames.source.licence);
			expect(notice).toContain(unNames.source.commit);
			expect(notice).toMatch(/French and Spanish translations of our own words/);
		}
	});
});
