/** @module the languages the dataset's own words (names, labels, rules, claim checks) are published in */

/**
 * IOM's three working languages; English is the dataset's own language. The one list of locales:
 * the schemas of the catalogues and of the localized names, the generators and the tests follow it.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
/**
 * One of `LOCALES`: `en`, `fr` or `es`.
 */
export type Locale = (typeof LOCALES)[number];
/**
 * English, the dataset's own language: the locale of every function called without one.
 */
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** the locales the project translates its own words into (every locale but English) */
export const TRANSLATED_LOCALES = LOCALES.filter(
	(locale): locale is Exclude<Locale, typeof DEFAULT_LOCALE> => locale !== DEFAULT_LOCALE,
);
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

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
