/** @module the languages the dataset's own words (names, labels, rules, claim checks) are published in */

/** What the code needs to know about a language, kept as data so that adding one is a data change. */
export interface Language {
	/** the language's name as its speakers write it (a language switcher shows it) */
	readonly name: string;
	/** the locale as Open Graph writes it (`og:locale`): the language with its territory */
	readonly openGraph: string;
	/**
	 * the articles a place name takes in a sentence, as UNTERM writes them after the name (`l` for
	 * l’); empty for a language without article data, whose places all take `none`
	 */
	readonly articles: readonly string[];
	/** a name without an article elides the word before it when it opens with a vowel ("d’El Salvador") */
	readonly elides: boolean;
	/**
	 * a local authority reads by GeoNames' spelling where that is the booklet's name with the accents
	 * the language writes: "Montréal" for the booklet's "Montreal"
	 */
	readonly accentsPlaceNames: boolean;
}

/**
 * The one locale registry: IOM's three working languages, English first (the dataset's own
 * language). The catalogues' and localized names' schemas, the generators, the site's locales and
 * the tests follow it; a fourth language is a new entry here plus its data and messages.
 */
export const LANGUAGES = {
	en: {
		name: 'English',
		openGraph: 'en_US',
		articles: ['the'],
		elides: false,
		accentsPlaceNames: false,
	},
	fr: {
		name: 'Français',
		openGraph: 'fr_FR',
		articles: ['le', 'la', 'l', 'les'],
		elides: true,
		accentsPlaceNames: true,
	},
	es: {
		name: 'Español',
		openGraph: 'es_ES',
		articles: ['el', 'la', 'los', 'las'],
		elides: false,
		accentsPlaceNames: false,
	},
} as const satisfies Record<string, Language>;

/**
 * One of `LOCALES`: `en`, `fr` or `es`.
 */
export type Locale = keyof typeof LANGUAGES;
/** every locale, in the registry's order */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];
/**
 * English, the dataset's own language: the locale of every function called without one.
 */
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** the locales the project translates its own words into (every locale but English) */
export const TRANSLATED_LOCALES = LOCALES.filter(
	(locale): locale is Exclude<Locale, typeof DEFAULT_LOCALE> => locale !== DEFAULT_LOCALE,
) as [Exclude<Locale, typeof DEFAULT_LOCALE>, ...Exclude<Locale, typeof DEFAULT_LOCALE>[]];
/** a locale the project translates its own words into */
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
/** an article of some locale's place names (`le`, `l`, `el`, …) */
export type Article = (typeof LANGUAGES)[Locale]['articles'][number];

/**
 * True for one of `LOCALES`, spelled exactly (lowercase).
 * @example isLocale('fr') // true; isLocale('FR') // false
 */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The options of every function that speaks a language: English when `locale` is absent. */
export interface LocaleOptions {
	locale?: Locale | undefined;
}

/**
 * The languages the vendored source (datasets/country-codes) carries UNTERM's and M49's names in: a
 * fact of the source, not the site's locales. A locale outside it needs another source of names.
 */
export const UN_NAME_LANGUAGES = ['en', 'fr', 'es'] as const;
/** one of `UN_NAME_LANGUAGES` */
export type UnNameLanguage = (typeof UN_NAME_LANGUAGES)[number];
