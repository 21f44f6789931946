/**
 * Generates data/governments.json from the booklet's "List of participating governments from 2016
 * to 2021", enriched from three libraries. Run `pnpm enrich`; `pnpm enrich --check` exits non-zero
 * when the committed file differs from what this script would write.
 *
 * Countries: the booklet name is resolved to ISO 3166-1 alpha-2 by i18n-iso-countries; failing that,
 * by world-countries' common name, official name or alternative spellings; failing that, by the
 * override table below. A UN-style "Name (Qualifier)" is also tried as "Name, Qualifier", the ISO
 * short-name form. Alpha-3 and numeric come from i18n-iso-countries and must agree with
 * world-countries; region, subregion, names and point come from world-countries.
 *
 * Local authorities are matched in country-state-city within their country, by one rule for all:
 * names compare equal after folding accents, case and punctuation; a state is "named after" a local
 * authority when its name equals it, optionally followed by an administrative term (e.g. "San José
 * Province").
 *   1. a city of that name lying in a state named after it (the namesake city of its province);
 *   2. else a state named after it (feature "state");
 *   3. else a city of that name anywhere in the country;
 *   otherwise the script throws. Ties within a step go to the first in the library's order.
 * Steps 1 and 2 come before 3 because the gazetteer holds small places that share a name with a
 * province elsewhere (a "Tamaulipas" in Chiapas) and several same-named cities (two "San José" in
 * Costa Rica); a plain city-first rule would put those in the wrong province.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { City, type ICity, type IState, State } from 'country-state-city';
import isoCountries from 'i18n-iso-countries';
import type { Country as WorldCountry } from 'world-countries';
import {
	type Country,
	GovernmentsFileSchema,
	type LocalAuthority,
} from '../src/schema/government.js';
import { normalizeName, slugify } from '../src/text/normalize.js';
import { demonymsOf, screenAltNames } from './alias-hygiene.js';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BOOKLET_PATH = join(ROOT, 'booklet', 'mgi-success-stories-2021.md');
const OUTPUT_PATH = join(ROOT, 'data', 'governments.json');
const EDITION = '2021';
const LIST_HEADING = '## LIST OF PARTICIPATING GOVERNMENTS FROM 2016 TO 2021';
const LOCAL_AUTHORITY_SEPARATOR = ' • ';
const COLUMNS_PER_PAGE = 3;
const EXPECTED_COUNTRIES = 84;
// the foreword says 30; the list itself names 29, and the list is what this file records
const EXPECTED_LOCAL_AUTHORITIES = 29;

/** Booklet names neither library knows by any English name; each entry says why. */
const ALPHA2_OVERRIDES: Readonly<Record<string, string>> = {
	// i18n-iso-countries has only "Cape Verde"; world-countries has "Cape Verde" and
	// "Republic of Cabo Verde" but not the short form the booklet (and the UN) use since 2013
	'Cabo Verde': 'CV',
};

/** Alternative names the product's lookups rely on; the script fails if a library drops one. */
const REQUIRED_ALT_NAMES: Readonly<Record<string, readonly string[]>> = {
	Turkey: ['Türkiye', 'Turkiye'],
	'Republic of Moldova': ['Moldova'],
	'Cabo Verde': ['Cape Verde'],
	Eswatini: ['Swaziland'],
	"Côte d'Ivoire": ['Ivory Coast'],
	'Timor-Leste': ['East Timor'],
	'Republic of Korea': ['South Korea'],
	'Bolivia (Plurinational State of)': ['Bolivia'],
};

/** Generic words a gazetteer appends to a state's name: "San Marcos Department" is named after San Marcos. */
const ADMINISTRATIVE_TERMS = ['province', 'department', 'region', 'district', 'state'];

interface BookletEntry {
	country: string;
	localAuthorities: string[];
}

interface GazetteerMatch {
	feature: 'city' | 'state';
	name: string;
	latitude: string;
	longitude: string;
}

function packageVersion(name: string): string {
	const manifest = require(`${name}/package.json`) as { version: string };
	return `${name}@${manifest.version}`;
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function roundCoordinate(value: string | number | null | undefined, what: string): number {
	const number = Number(value);
	if (value === null || value === undefined || value === '' || !Number.isFinite(number)) {
		throw new Error(`no usable coordinate for ${what}: ${String(value)}`);
	}
	return Number(number.toFixed(4));
}

/** The list's lines, grouped into pages: runs of tab-separated rows between blank lines. */
function listPages(booklet: string): string[][][] {
	const start = booklet.indexOf(LIST_HEADING);
	if (start === -1) throw new Error(`booklet has no "${LIST_HEADING}" section`);
	const lines = booklet.slice(start + LIST_HEADING.length).split('\n');
	const end = lines.findIndex((line) => line.startsWith('## '));
	const pages: string[][][] = [];
	let page: string[][] = [];
	for (const line of end === -1 ? lines : lines.slice(0, end)) {
		if (line.includes('\t')) {
			page.push(line.split('\t').map((cell) => cell.trim()));
		} else if (line.trim() === '' && page.length > 0) {
			pages.push(page);
			page = [];
		}
	}
	if (page.length > 0) pages.push(page);
	return pages;
}

/** The booklet prints the list alphabetically down each column, page by page. */
function readColumnByColumn(pages: string[][][]): string[] {
	const cells: string[] = [];
	for (const rows of pages) {
		for (const row of rows) {
			if (row.length !== COLUMNS_PER_PAGE || row.some((cell) => cell === '')) {
				throw new Error(`list row does not have ${COLUMNS_PER_PAGE} cells: ${JSON.stringify(row)}`);
			}
		}
		for (let column = 0; column < COLUMNS_PER_PAGE; column++) {
			for (const row of rows) cells.push(row[column] as string);
		}
	}
	return cells;
}

function parseEntry(cell: string): BookletEntry {
	const [country, ...localAuthorities] = cell.split(LOCAL_AUTHORITY_SEPARATOR).map((n) => n.trim());
	if (!country || localAuthorities.some((name) => name === '')) {
		throw new Error(`cannot read list entry: ${JSON.stringify(cell)}`);
	}
	return { country, localAuthorities };
}

function readBookletList(): BookletEntry[] {
	const entries = readColumnByColumn(listPages(readFileSync(BOOKLET_PATH, 'utf8'))).map(parseEntry);
	const localCount = entries.reduce((sum, entry) => sum + entry.localAuthorities.length, 0);
	if (entries.length !== EXPECTED_COUNTRIES || localCount !== EXPECTED_LOCAL_AUTHORITIES) {
		throw new Error(
			`expected ${EXPECTED_COUNTRIES} countries and ${EXPECTED_LOCAL_AUTHORITIES} local authorities, read ${entries.length} and ${localCount}`,
		);
	}
	assertAlphabetical(entries.map((entry) => entry.country));
	return entries;
}

/** A misread column order would show up as a break in the alphabet. */
function assertAlphabetical(names: string[]): void {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	names.slice(1).forEach((name, index) => {
		const previous = names[index] as string;
		if (collator.compare(previous, name) >= 0) {
			throw new Error(`list is not alphabetical: "${previous}" before "${name}"`);
		}
	});
}

/** "Bolivia (Plurinational State of)" is also looked up as "Bolivia, Plurinational State of". */
function nameVariants(name: string): string[] {
	const qualified = /^(.+?) \((.+)\)$/.exec(name);
	return qualified ? [name, `${qualified[1]}, ${qualified[2]}`] : [name];
}

function worldCountryNames(country: WorldCountry): string[] {
	return [country.name.common, country.name.official, ...country.altSpellings];
}

function alpha2FromWorldCountries(name: string): string | undefined {
	const wanted = name.toLowerCase();
	const matches = worldCountries.filter((country) =>
		worldCountryNames(country).some((candidate) => candidate.toLowerCase() === wanted),
	);
	if (matches.length > 1) {
		throw new Error(
			`"${name}" names several countries in world-countries: ${matches.map((c) => c.cca2).join(', ')}`,
		);
	}
	return matches[0]?.cca2;
}

function alpha2FromLibraries(bookletName: string): string | undefined {
	for (const name of nameVariants(bookletName)) {
		const alpha2 = isoCountries.getAlpha2Code(name, 'en') ?? alpha2FromWorldCountries(name);
		if (alpha2) return alpha2;
	}
	return undefined;
}

function resolveAlpha2(bookletName: string): string {
	const fromLibraries = alpha2FromLibraries(bookletName);
	const override = ALPHA2_OVERRIDES[bookletName];
	if (fromLibraries && override) {
		throw new Error(
			`override for "${bookletName}" is no longer needed: the libraries give ${fromLibraries}`,
		);
	}
	const alpha2 = fromLibraries ?? override;
	if (!alpha2 || !isoCountries.isValid(alpha2)) {
		throw new Error(`cannot resolve "${bookletName}" to an ISO 3166-1 code`);
	}
	return alpha2;
}

function worldCountry(alpha2: string): WorldCountry {
	const country = worldCountries.find((candidate) => candidate.cca2 === alpha2);
	if (!country) throw new Error(`world-countries has no ${alpha2}`);
	return country;
}

function isoCodes(alpha2: string, world: WorldCountry): { alpha3: string; numeric: string } {
	const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
	const numeric = isoCountries.alpha2ToNumeric(alpha2);
	if (!alpha3 || !numeric || alpha3 !== world.cca3 || numeric !== world.ccn3) {
		throw new Error(
			`${alpha2}: i18n-iso-countries gives ${alpha3}/${numeric}, world-countries ${world.cca3}/${world.ccn3}`,
		);
	}
	return { alpha3, numeric };
}

function altNamesOf(bookletName: string, alpha2: string, world: WorldCountry): string[] {
	const isoNames = isoCountries.getNames('en', { select: 'all' })[alpha2] ?? [];
	const names = new Set([...isoNames, ...worldCountryNames(world)]);
	names.delete(alpha2);
	names.delete(bookletName);
	// alias hygiene (scripts/alias-hygiene.ts): drop transcriptions, demonyms, adjectives, pejoratives
	const { kept } = screenAltNames({ alpha2, demonyms: demonymsOf(world) }, [...names]);
	return kept.sort(compareCodeUnits);
}

function assertRequiredAltNames(country: Country): void {
	const wanted = REQUIRED_ALT_NAMES[country.bookletName];
	if (wanted && !wanted.some((name) => country.altNames.includes(name))) {
		throw new Error(`"${country.bookletName}" lacks the alternative name ${wanted.join(' or ')}`);
	}
}

function isNamedAfter(stateName: string, wanted: string): boolean {
	const state = normalizeName(stateName);
	return state === wanted || ADMINISTRATIVE_TERMS.some((term) => state === `${wanted} ${term}`);
}

function cityMatch(city: ICity): GazetteerMatch {
	return {
		feature: 'city',
		name: city.name,
		latitude: city.latitude ?? '',
		longitude: city.longitude ?? '',
	};
}

function stateMatch(state: IState): GazetteerMatch {
	return {
		feature: 'state',
		name: state.name,
		latitude: state.latitude ?? '',
		longitude: state.longitude ?? '',
	};
}

/** The matching rule documented at the top of this file. */
function matchGazetteer(name: string, alpha2: string): GazetteerMatch {
	const wanted = normalizeName(name);
	const states = State.getStatesOfCountry(alpha2);
	const namesakeStates = new Set(
		states.filter((state) => isNamedAfter(state.name, wanted)).map((state) => state.isoCode),
	);
	const cities = (City.getCitiesOfCountry(alpha2) ?? []).filter(
		(city) => normalizeName(city.name) === wanted,
	);
	const namesakeCity = cities.find((city) => namesakeStates.has(city.stateCode));
	if (namesakeCity) return cityMatch(namesakeCity);
	const namesakeState = states.find((state) => namesakeStates.has(state.isoCode));
	if (namesakeState) return stateMatch(namesakeState);
	const city = cities[0];
	if (city) return cityMatch(city);
	throw new Error(`no city or state named "${name}" in ${alpha2} in country-state-city`);
}

function buildLocalAuthority(
	bookletName: string,
	alpha2: string,
	alpha3: string,
	gazetteer: string,
): LocalAuthority {
	const match = matchGazetteer(bookletName, alpha2);
	return {
		id: `${alpha2.toLowerCase()}-${slugify(bookletName)}`,
		kind: 'local',
		edition: EDITION,
		bookletName,
		country: alpha3,
		point: {
			lat: roundCoordinate(match.latitude, `${bookletName} latitude`),
			lon: roundCoordinate(match.longitude, `${bookletName} longitude`),
		},
		gazetteer: { source: gazetteer, feature: match.feature, name: match.name },
	};
}

function buildCountry(entry: BookletEntry, gazetteer: string): Country {
	const alpha2 = resolveAlpha2(entry.country);
	const world = worldCountry(alpha2);
	const { alpha3, numeric } = isoCodes(alpha2, world);
	if (!world.region || !world.subregion) {
		throw new Error(`world-countries gives ${alpha2} no region or subregion`);
	}
	const [lat, lon] = world.latlng;
	const country: Country = {
		kind: 'country',
		edition: EDITION,
		bookletName: entry.country,
		name: world.name.common,
		officialName: world.name.official,
		alpha2,
		alpha3,
		numeric,
		region: world.region,
		subregion: world.subregion,
		point: { lat, lon },
		altNames: altNamesOf(entry.country, alpha2, world),
		localAuthorities: entry.localAuthorities.map((name) =>
			buildLocalAuthority(name, alpha2, alpha3, gazetteer),
		),
	};
	assertRequiredAltNames(country);
	return country;
}

function assertUnique(values: string[], what: string): void {
	const seen = new Set<string>();
	for (const value of values) {
		if (seen.has(value)) throw new Error(`duplicate ${what}: ${value}`);
		seen.add(value);
	}
}

function buildFile() {
	const codes = packageVersion('i18n-iso-countries');
	const regions = packageVersion('world-countries');
	const gazetteer = packageVersion('country-state-city');
	const countries = readBookletList().map((entry) => buildCountry(entry, gazetteer));
	assertUnique(
		countries.map((country) => country.alpha3),
		'country',
	);
	assertUnique(
		countries.flatMap((country) => country.localAuthorities.map((local) => local.id)),
		'local authority id',
	);
	return GovernmentsFileSchema.parse({
		sources: {
			codes,
			regions,
			points: regions,
			altNames: [codes, regions],
			gazetteer,
			note: [
				'Codes are ISO 3166-1 as given by i18n-iso-countries; region and subregion are as given by world-countries, which mostly uses UN geoscheme names (its "Southeast Europe" and "North America" are not UN M49 subregions).',
				'A country’s point is world-countries’ latlng, a representative point rather than a centroid; a local authority’s point is that of the country-state-city feature matched to its name: a city of that name in a state named after it, else that state, else the first city of that name in the country.',
			].join(' '),
		},
		countries,
	});
}

function main(): void {
	const json = `${JSON.stringify(buildFile(), null, '\t')}\n`;
	if (process.argv.includes('--check')) {
		let committed = '';
		try {
			committed = readFileSync(OUTPUT_PATH, 'utf8');
		} catch {
			// a missing file is simply out of date
		}
		if (committed !== json) {
			console.error(`${OUTPUT_PATH} is out of date: run \`pnpm enrich\``);
			process.exitCode = 1;
		}
		return;
	}
	writeFileSync(OUTPUT_PATH, json);
	console.log(`wrote ${OUTPUT_PATH}`);
}

main();
