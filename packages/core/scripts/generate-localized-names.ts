/**
 * Generates data/localized-names.json: the French and Spanish names of the participating countries
 * and of the UN M49 areas they belong to, read from CLDR through `Intl.DisplayNames` at build time
 * (so neither workerd nor browsers need ICU data for them at run time). Where CLDR's name for an M49
 * code does not name the same area, the UN's own name is used and the reason recorded. Run
 * `pnpm localized-names`; `pnpm localized-names --check` exits non-zero when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GovernmentsFileSchema } from '../src/schema/government.js';
import { LocalizedNamesFileSchema } from '../src/schema/i18n.js';
import { WorldNamesFileSchema } from '../src/schema/world-names.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const OUTPUT_PATH = join(DATA, 'localized-names.json');
const LOCALES = ['fr', 'es'] as const;

/** M49 areas whose CLDR name covers a different area than M49's: the UN's own names. */
const UN_NAMES: Record<string, { fr: string; es: string; note: string }> = {
	'419': {
		fr: 'Amérique latine et Caraïbes',
		es: 'América Latina y el Caribe',
		note: 'CLDR names 419 "Latin America" (fr "Amérique latine", es "Latinoamérica"), which leaves out the Caribbean that M49\'s "Latin America and the Caribbean" includes; the names of the UN Statistics Division\'s French and Spanish M49 pages are used.',
	},
};

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

function displayName(locale: string, code: string): string {
	const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
	if (!name || name === code) throw new Error(`CLDR has no ${locale} name for ${code}`);
	return name;
}

function buildFile() {
	const { countries } = GovernmentsFileSchema.parse(readJson('governments.json'));
	const world = WorldNamesFileSchema.parse(readJson('world-names.json'));
	const areas = new Map<string, string>();
	for (const country of countries) {
		areas.set(country.regionCode, country.region);
		areas.set(country.subregionCode, country.subregion);
		if (country.intermediateRegionCode && country.intermediateRegion)
			areas.set(country.intermediateRegionCode, country.intermediateRegion);
	}
	const names = (code: string) => ({ fr: displayName('fr', code), es: displayName('es', code) });
	return LocalizedNamesFileSchema.parse({
		sources: [
			{
				id: 'cldr',
				title: 'Unicode Common Locale Data Repository (CLDR): territory display names',
				version: process.versions.cldr,
				licence: 'Unicode-3.0',
				licenceUrl: 'https://www.unicode.org/license.txt',
				url: 'https://cldr.unicode.org/',
				attribution: `Unicode CLDR ${process.versions.cldr}, © Unicode, Inc. (Unicode License v3)`,
				note: `Read at build time with Intl.DisplayNames (type region) from the ICU ${process.versions.icu} data in Node.js; countries by ISO 3166-1 alpha-2 code, areas by M49 code.`,
			},
			{
				id: 'unsd-m49',
				title:
					'United Nations Statistics Division: Standard country or area codes for statistical use (M49), French and Spanish versions',
				version: 'M49 as published by the UN Statistics Division',
				licence: 'LicenseRef-UN-Terms-of-Use',
				licenceUrl: 'https://www.un.org/en/about-us/terms-of-use',
				url: 'https://unstats.un.org/unsd/methodology/m49/',
				attribution: 'United Nations Statistics Division, M49 standard',
				note: 'Used only where CLDR has no name for an M49 code or names a different area; each such area records why.',
			},
			{
				id: 'i18n-iso-countries',
				title:
					'i18n-iso-countries: ISO 3166-1 codes and country names (as in data/world-names.json)',
				version: world.source.version,
				licence: world.source.licence,
				licenceUrl: 'https://opensource.org/license/mit',
				url: world.source.url,
				attribution: 'i18n-iso-countries, © 2016 widdix GmbH and contributors (MIT)',
				note: "The other French and Spanish names of each country (alsoKnownAs), for search and the resolver; never displayed as the country's name.",
			},
		],
		countries: countries.map((country) => {
			const display = names(country.alpha2);
			const other = world.countries.find((entry) => entry.alpha3 === country.alpha3)?.names;
			const alsoKnownAs = (locale: (typeof LOCALES)[number]) =>
				(other?.[locale] ?? []).filter((name) => name !== display[locale]);
			return {
				alpha3: country.alpha3,
				names: display,
				source: 'cldr',
				alsoKnownAs: { fr: alsoKnownAs('fr'), es: alsoKnownAs('es') },
			};
		}),
		regions: [...areas]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([code, en]) => {
				const un = UN_NAMES[code];
				return un
					? { code, en, names: { fr: un.fr, es: un.es }, source: 'unsd-m49', note: un.note }
					: { code, en, names: names(code), source: 'cldr' };
			}),
	});
}

/** The file's text exactly as this script writes it. */
export const localizedNamesJson = (): string => `${JSON.stringify(buildFile(), null, '\t')}\n`;

function main(): void {
	const json = localizedNamesJson();
	if (process.argv.includes('--check')) {
		if (readFileSync(OUTPUT_PATH, 'utf8') !== json) {
			console.error(`${OUTPUT_PATH} is out of date: run \`pnpm localized-names\``);
			process.exitCode = 1;
		}
		return;
	}
	writeFileSync(OUTPUT_PATH, json);
	console.log(`wrote ${OUTPUT_PATH}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
