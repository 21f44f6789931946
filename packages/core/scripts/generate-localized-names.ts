/**
 * Generates data/localized-names.json: the French and Spanish names of the participating countries
 * and of the UN M49 areas they belong to, as the UN writes them, from data/un-names.json (vendored by
 * scripts/vendor-un-names.ts): countries by their UNTERM short name (the M49 name where UNTERM has
 * none), areas by their M49 name. The article UNTERM writes in brackets ("Albanie (l')") is kept as
 * data beside the name, so sentences choose "de l'Albanie" or "du Kazakhstan" with message selectors.
 * CLDR's names (read with `Intl.DisplayNames` at build time) are kept as aliases for search and the
 * resolver. Run `pnpm localized-names`; `pnpm localized-names --check` exits non-zero when the
 * committed file differs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country as WorldCountry } from 'world-countries';
import { LANGUAGES, TRANSLATED_LOCALES, type TranslatedLocale } from '../src/i18n/locale.js';
import { GovernmentsFileSchema } from '../src/schema/government.js';
import { LocalizedNamesFileSchema } from '../src/schema/i18n.js';
import { UnNamesFileSchema } from '../src/schema/un-names.js';
import { WorldNamesFileSchema } from '../src/schema/world-names.js';
import { jsonText, writeOrCheck } from './generated-file.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const OUTPUT_PATH = join(DATA, 'localized-names.json');
type Locale = TranslatedLocale;
const byLocale = <T>(value: (locale: Locale) => T) =>
	Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, value(locale)])) as Record<
		Locale,
		T
	>;

/**
 * The articles of the names UNTERM does not list (Côte d'Ivoire, Türkiye) and of the M49 areas,
 * which M49 writes without one: this project's reading of French and Spanish usage, recorded as such.
 * French area names are all feminine (l' before a vowel); Spanish continent names take none.
 */
const READING_ARTICLES: Record<string, Partial<Record<Locale, string>>> = {
	CIV: { fr: 'la' },
	TUR: { fr: 'la' },
	'019': { fr: 'les', es: 'las' },
	'029': { fr: 'les', es: 'el' },
};
/**
 * The area names that join two names, each taking its own article in a sentence: M49's « Amérique
 * latine et Caraïbes » reads « de l’Amérique latine et des Caraïbes » (this project's reading).
 */
const READING_COORDINATIONS: Record<
	string,
	Partial<Record<Locale, [{ name: string; article: string }, { name: string; article: string }]>>
> = {
	'419': {
		fr: [
			{ name: 'Amérique latine', article: 'l' },
			{ name: 'Caraïbes', article: 'les' },
		],
	},
};
/** the article of every other area, by locale: French area names are all feminine */
const AREA_ARTICLES: Partial<Record<Locale, (name: string) => string>> = {
	fr: (name) => (/^[AEIOUYÂÉÈÊÎÔÛ]/.test(name) ? 'l' : 'la'),
};
const areaArticle = (code: string, locale: Locale, name: string): string | null =>
	READING_ARTICLES[code]?.[locale] ?? AREA_ARTICLES[locale]?.(name) ?? null;

/** "Albanie (l')" → { name: "Albanie", article: "l" }; a name without a bracketed article keeps its brackets. */
export function splitArticle(
	short: string,
	locale: Locale,
): { name: string; article: string | null } {
	const match = /^(.*\S) \(([^()]+)\)$/.exec(short);
	// UNTERM writes the elided article with its apostrophe: "Albanie (l')"
	const article = match?.[2]?.replace(/['’]$/, '');
	const articles: readonly string[] = LANGUAGES[locale].articles;
	if (!match?.[1] || !article || !articles.includes(article)) return { name: short, article: null };
	return { name: match[1], article };
}

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as WorldCountry[];
const WORLD_COUNTRIES_VERSION = (require('world-countries/package.json') as { version: string })
	.version;

/**
 * Other names of a country in English that no source labels with a language (world-countries'
 * `altSpellings` keep none): this project's reading, recorded as such.
 */
const READING_ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
	MKD: [
		'Macedonia',
		'Macedonia, The Former Yugoslav Republic of',
		'The former Yugoslav Republic of Macedonia',
	],
	SWZ: ['Swaziland'],
	TUR: ['Republic of Turkey', 'Turkiye'],
	ZAF: ['RSA'],
};

// the apostrophe is one letter however a source types it: world-countries' Uzbek "O'zbekiston
// Respublikasi" is its alternative spelling "O‘zbekiston Respublikasi"
const comparable = (name: string) => name.replace(/['’‘ʻ]/g, "'").toLowerCase();

/**
 * Of the languages world-countries gives one spelling in, the one a page can mark it with: where it
 * gives it in several ("República da Guiné-Bissau": Portuguese and Upper Guinea Creole), the only
 * one of them CLDR has a locale for, which a reader's browser and screen reader know; else none.
 */
function nativeLanguage(tags: ReadonlySet<string>): string | null {
	if (tags.size === 1) return [...tags][0] as string;
	const known = [...tags].filter((tag) => Intl.DisplayNames.supportedLocalesOf([tag]).length > 0);
	return known.length === 1 ? (known[0] as string) : null;
}

/**
 * The language of each of a country's other names (`altNames`, in their order) that a source
 * records, as a BCP 47 tag, or null: English for i18n-iso-countries' English names and world-countries' common and official
 * names, the language world-countries gives a native name in (`fra` → `fr`; of a name it gives in
 * several languages, the one CLDR knows, else none), English for the names this project reads as English.
 */
function otherNameLanguages(
	alpha3: string,
	altNames: readonly string[],
	englishNames: readonly string[],
): { languages: (string | null)[]; read: boolean } {
	const world = worldCountries.find((candidate) => candidate.cca3 === alpha3);
	if (!world) throw new Error(`world-countries has no ${alpha3}`);
	const english = new Set(
		[...englishNames, world.name.common, world.name.official].map(comparable),
	);
	const native = new Map<string, Set<string>>();
	for (const [language, name] of Object.entries(world.name.native ?? {}))
		for (const spelling of [name.common, name.official]) {
			const tags = native.get(comparable(spelling)) ?? new Set<string>();
			tags.add(Intl.getCanonicalLocales(language)[0] ?? language);
			native.set(comparable(spelling), tags);
		}
	const readAsEnglish = new Set((READING_ENGLISH_NAMES[alpha3] ?? []).map(comparable));
	let read = false;
	const languages = altNames.map((name) => {
		const tags = native.get(comparable(name));
		if (english.has(comparable(name))) return 'en';
		const language = tags && nativeLanguage(tags);
		if (language) return language;
		if (!readAsEnglish.has(comparable(name))) return null;
		read = true;
		return 'en';
	});
	return { languages, read };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

function cldrName(locale: string, code: string): string {
	const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
	if (!name || name === code) throw new Error(`CLDR has no ${locale} name for ${code}`);
	return name;
}

function buildFile() {
	const { countries } = GovernmentsFileSchema.parse(readJson('governments.json'));
	const world = WorldNamesFileSchema.parse(readJson('world-names.json'));
	const un = UnNamesFileSchema.parse(readJson('un-names.json'));
	const unCountry = new Map(un.countries.map((entry) => [entry.alpha3, entry]));
	const unArea = new Map(un.areas.map((area) => [area.code, area]));
	const areas = new Map<string, string>();
	for (const country of countries) {
		areas.set(country.regionCode, country.region);
		areas.set(country.subregionCode, country.subregion);
		if (country.intermediateRegionCode && country.intermediateRegion)
			areas.set(country.intermediateRegionCode, country.intermediateRegion);
	}
	const source = un.source;
	const viaRepository = `${source.repository} at commit ${source.commit} (${source.committed.slice(0, 10)})`;
	return LocalizedNamesFileSchema.parse({
		sources: [
			{
				id: 'unterm',
				title: 'UN Terminology (UNTERM): short and formal names of countries in French and Spanish',
				shortName: 'UNTERM',
				version: `${source.repository.replace('https://github.com/', '')}@${source.commit}`,
				date: source.committed.slice(0, 10),
				licence: source.licence,
				licenceUrl: source.licenceUrl,
				url: source.upstream[0]?.url ?? source.repository,
				attribution: `United Nations Protocol and Liaison Service, UNTERM country names, as compiled by ${viaRepository} (PDDL-1.0)`,
				fields: ['countries[].names', 'countries[].articles'],
				note: 'The short name without its bracketed article ("Albanie (l\')" gives the name "Albanie" and the article "l"); read from data/un-names.json.',
			},
			{
				id: 'unsd-m49',
				title:
					'United Nations Statistics Division: Standard country or area codes for statistical use (M49), French and Spanish names',
				shortName: 'M49',
				version: `${source.repository.replace('https://github.com/', '')}@${source.commit}`,
				date: source.committed.slice(0, 10),
				licence: source.licence,
				licenceUrl: source.licenceUrl,
				url: source.upstream[1]?.url ?? source.repository,
				attribution: `United Nations Statistics Division, M49 standard, as compiled by ${viaRepository} (PDDL-1.0)`,
				fields: ['regions[].names', 'countries[].names'],
				note: "Every area's name; a country's name where UNTERM lists none (Côte d'Ivoire, Türkiye). Read from data/un-names.json.",
			},
			{
				id: 'cldr',
				title: 'Unicode Common Locale Data Repository (CLDR): territory display names',
				version: process.versions.cldr,
				licence: 'Unicode-3.0',
				licenceUrl: 'https://www.unicode.org/license.txt',
				url: 'https://cldr.unicode.org/',
				attribution: `Unicode CLDR ${process.versions.cldr}, © Unicode, Inc. (Unicode License v3)`,
				fields: ['countries[].cldr'],
				note: `Aliases for search and the resolver, never displayed as the country's name. Read at build time with Intl.DisplayNames (type region) from the ICU ${process.versions.icu} data in Node.js.`,
			},
			{
				id: 'world-countries',
				title: 'world-countries (mledoze/countries): common, official and native names',
				version: WORLD_COUNTRIES_VERSION,
				licence: 'ODbL-1.0',
				licenceUrl: 'https://opendatacommons.org/licenses/odbl/1.0/',
				url: 'https://github.com/mledoze/countries',
				attribution:
					'Contains information from world-countries (mledoze/countries, by Mohammed Le Doze and contributors), made available under the Open Database License (ODbL) 1.0',
				fields: ['countries[].otherNameLanguages'],
				note: "The language of a country's other name: English for its common and official names, and the language it gives each native name in (ISO 639-3, written as BCP 47: `fra` is `fr`; of several, the one CLDR knows).",
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
				fields: ['countries[].alsoKnownAs', 'countries[].otherNameLanguages'],
				note: "The other French and Spanish names of each country, for search and the resolver; never displayed as the country's name. Its English names label a country's other names English.",
			},
			{
				id: 'mgi-stories-reading',
				title: "This project's own reading: the articles M49 and UNTERM do not give",
				version: 'this dataset',
				licence: 'CC-BY-4.0',
				licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
				url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'mgi-stories contributors (CC BY 4.0)',
				fields: [
					'regions[].articles',
					'regions[].coordinated',
					'countries[].articles',
					'countries[].otherNameLanguages',
				],
				note: 'The French and Spanish article of each M49 area (French area names are feminine: l\' before a vowel, les for the Americas and the Caribbean; Spanish continents take none, el Caribe, las Américas), the two names of a French area name that joins two, each with its own article (l\'Amérique latine et les Caraïbes), the French article of Côte d\'Ivoire and Türkiye, which the vendored UNTERM list leaves blank, and the English of a few other names no source labels ("Republic of Turkey", "RSA"). Each such article names this source in `articleSource`, each such language in `otherNameLanguageSource`.',
			},
		],
		countries: countries.map((country) => {
			const entry = unCountry.get(country.alpha3);
			if (!entry) throw new Error(`data/un-names.json has no ${country.alpha3}`);
			const cldr = byLocale((locale) => cldrName(locale, country.alpha2));
			const named = (locale: Locale) => {
				const unterm = entry.unterm[locale];
				if (unterm) return { ...splitArticle(unterm.short, locale), articleSource: null };
				const reading = READING_ARTICLES[country.alpha3]?.[locale] ?? null;
				return {
					name: entry.m49Names[locale],
					article: reading,
					articleSource: reading ? 'mgi-stories-reading' : null,
				};
			};
			const namedIn = byLocale(named);
			const other = world.countries.find((candidate) => candidate.alpha3 === country.alpha3)?.names;
			const alsoKnownAs = (locale: Locale, display: string) =>
				(other?.[locale] ?? []).filter((name) => name !== display && name !== cldr[locale]);
			const languages = otherNameLanguages(country.alpha3, country.altNames, other?.en ?? []);
			return {
				alpha3: country.alpha3,
				names: byLocale((locale) => namedIn[locale].name),
				articles: byLocale((locale) => namedIn[locale].article),
				source: entry.unterm.fr ? 'unterm' : 'unsd-m49',
				...(Object.values(namedIn).some((name) => name.articleSource)
					? { articleSource: 'mgi-stories-reading' }
					: {}),
				cldr,
				alsoKnownAs: byLocale((locale) => alsoKnownAs(locale, namedIn[locale].name)),
				otherNameLanguages: languages.languages,
				...(languages.read ? { otherNameLanguageSource: 'mgi-stories-reading' } : {}),
			};
		}),
		regions: [...areas]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([code, en]) => {
				const area = unArea.get(code);
				if (!area) throw new Error(`data/un-names.json has no M49 area ${code}`);
				return {
					code,
					en,
					// M49's name exactly, with the article it may start with ("El Caribe"): `regionPlace`
					// leaves it out where a sentence writes its own ("del Caribe")
					names: byLocale((locale) => area.names[locale]),
					articles: byLocale((locale) => areaArticle(code, locale, area.names[locale])),
					...(READING_COORDINATIONS[code] ? { coordinated: READING_COORDINATIONS[code] } : {}),
					source: 'unsd-m49',
					articleSource: 'mgi-stories-reading',
				};
			}),
	});
}

/** The file's text exactly as this script writes it. */
export const localizedNamesJson = (): string => jsonText(buildFile());

function main(): void {
	const json = localizedNamesJson();
	writeOrCheck(OUTPUT_PATH, json, 'localized-names');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
