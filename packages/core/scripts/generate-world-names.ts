/**
 * Generates data/world-names.json: every ISO 3166-1 country with its codes and its names in English,
 * French and Spanish, from i18n-iso-countries (MIT), so the resolver knows the whole world while the
 * package ships three locales instead of the library's eighty. Run `pnpm world-names`;
 * `pnpm world-names --check` exits non-zero when the committed file differs from what this writes.
 *
 * Names pass the alias hygiene of scripts/alias-hygiene.ts. XK (Kosovo) is left out: the library
 * lists it, but it is a user-assigned code, not part of ISO 3166-1.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import type { Country as WorldCountry } from 'world-countries';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import { WorldNamesFileSchema } from '../src/schema/world-names.js';
import { demonymsOf, screenAltNames } from './alias-hygiene.js';
import { jsonText, writeOrCheck } from './generated-file.js';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];
const OUTPUT_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'world-names.json');
const NOT_ISO_3166_1 = new Set(['XK']);
const ISO_3166_1_SIZE = 249;

/** Every name the library gives a country in each locale, after alias hygiene. */
function importedWorldNames(alpha2: string): Record<Locale, string[]> {
	const world = worldCountries.find((country) => country.cca2 === alpha2);
	const demonyms = world ? demonymsOf(world) : [];
	const names = (locale: string) =>
		screenAltNames(
			{ alpha2, demonyms },
			isoCountries.getNames(locale, { select: 'all' })[alpha2] ?? [],
		).kept;
	return Object.fromEntries(LOCALES.map((locale) => [locale, names(locale)])) as Record<
		Locale,
		string[]
	>;
}

function buildFile() {
	const manifest = require('i18n-iso-countries/package.json') as {
		version: string;
		license: string;
	};
	const countries = Object.keys(isoCountries.getAlpha2Codes())
		.filter((alpha2) => !NOT_ISO_3166_1.has(alpha2))
		.sort()
		.map((alpha2) => ({
			alpha2,
			alpha3: isoCountries.alpha2ToAlpha3(alpha2),
			numeric: isoCountries.alpha2ToNumeric(alpha2),
			names: importedWorldNames(alpha2),
		}));
	if (countries.length !== ISO_3166_1_SIZE) {
		throw new Error(`expected ${ISO_3166_1_SIZE} ISO 3166-1 countries, got ${countries.length}`);
	}
	return WorldNamesFileSchema.parse({
		source: {
			package: 'i18n-iso-countries',
			version: manifest.version,
			licence: manifest.license,
			url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
			locales: [...LOCALES],
			note: 'Codes and names as the library gives them (its XK, Kosovo, is left out: a user-assigned code, not ISO 3166-1); names screened by the alias hygiene of scripts/alias-hygiene.ts.',
		},
		countries,
	});
}

/** The file's text exactly as this script writes it. */
export const worldNamesJson = (): string => jsonText(buildFile());

function main(): void {
	const json = worldNamesJson();
	writeOrCheck(OUTPUT_PATH, json, 'world-names');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
