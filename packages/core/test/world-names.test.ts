import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldNamesJson } from '../scripts/generate-world-names.js';
import { worldNames } from '../src/generated/world-names.js';

describe('data/world-names.json', () => {
	it('is exactly what the script derives from the pinned i18n-iso-countries', () => {
		const committed = readFileSync(new URL('../data/world-names.json', import.meta.url), 'utf8');
		// compared as text, the way `pnpm world-names --check` does, without a process of its own
		expect(committed === worldNamesJson(), 'out of date: run `pnpm world-names`').toBe(true);
	});

	it('names its source, version and licence', () => {
		expect(worldNames.source).toMatchObject({
			package: 'i18n-iso-countries',
			version: '7.14.0',
			licence: 'MIT',
			locales: ['en', 'fr', 'es'],
		});
	});

	it('holds every ISO 3166-1 country once, with at least an English name', () => {
		const { countries } = worldNames;
		expect(countries).toHaveLength(249);
		expect(new Set(countries.map((country) => country.alpha3)).size).toBe(249);
		expect(countries.find((country) => country.alpha2 === 'XK')).toBeUndefined();
		expect(countries.find((country) => country.alpha3 === 'USA')?.names.en).toContain('USA');
	});
});
