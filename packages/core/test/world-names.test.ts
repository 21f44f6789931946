import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { worldNames } from '../src/governments/world-names.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('data/world-names.json', () => {
	it('is exactly what the script derives from the pinned i18n-iso-countries', () => {
		expect(() =>
			execFileSync(
				join(packageDir, 'node_modules', '.bin', 'tsx'),
				['scripts/generate-world-names.ts', '--check'],
				{ cwd: packageDir, stdio: 'pipe' },
			),
		).not.toThrow();
	});

	it('names its source, version and licence', () => {
		expect(worldNames().source).toMatchObject({
			package: 'i18n-iso-countries',
			version: '7.14.0',
			licence: 'MIT',
			locales: ['en', 'fr', 'es'],
		});
	});

	it('holds every ISO 3166-1 country once, with at least an English name', () => {
		const { countries } = worldNames();
		expect(countries).toHaveLength(249);
		expect(new Set(countries.map((country) => country.alpha3)).size).toBe(249);
		expect(countries.find((country) => country.alpha2 === 'XK')).toBeUndefined();
		expect(countries.find((country) => country.alpha3 === 'USA')?.names.en).toContain('USA');
	});
});
