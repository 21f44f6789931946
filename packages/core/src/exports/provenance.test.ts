import { describe, expect, it } from 'vitest';
import { dataPackage } from './data-package.js';
import { datasetSources } from './provenance.js';

describe('datasetSources', () => {
	it('lists every source of names with its version and licence: CLDR, the UN, the aliases', () => {
		const byId = new Map(datasetSources().map((source) => [source.id, source]));
		expect(byId.get('cldr')).toMatchObject({
			kind: 'dataset',
			version: '48.0',
			licence: 'Unicode-3.0',
		});
		expect(byId.get('unsd-m49')).toMatchObject({ licence: 'PDDL-1.0' });
		expect(byId.get('un-gcm')).toMatchObject({ licence: 'LicenseRef-UN-Terms-of-Use' });
		expect(byId.get('datasets-country-codes')).toMatchObject({
			version: 'https://github.com/datasets/country-codes@caa72d1e0e5af8876c170bb36a9e4d64a01bba88',
			licence: 'PDDL-1.0',
		});
		expect(byId.get('iso-3166-3')).toMatchObject({ version: 'iso-3166@4.4.0', licence: 'MIT' });
	});

	it('lists each source once, as the governments file declares it when it does', () => {
		const ids = datasetSources().map((source) => source.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(datasetSources().find((source) => source.id === 'world-countries')?.kind).toBe(
			'package',
		);
	});

	it('puts the sources of names in the data package', () => {
		const titles = dataPackage().sources.map((source) => source.title);
		expect(titles.some((title) => title.includes('CLDR'))).toBe(true);
		expect(dataPackage().sources.find((source) => source.title.includes('CLDR'))).toMatchObject({
			version: '48.0',
		});
	});
});
