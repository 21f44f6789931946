/** @module the site's locales and their URLs: English at `/`, every other locale under `/{locale}/` */
import {
	type Locale as CoreLocale,
	DEFAULT_LOCALE,
	inFigures,
	isLocale as isCoreLocale,
	LANGUAGES,
	type Language,
} from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale, isLocale, type Locale, locales } from '$lib/paraglide/runtime';
import { PSEUDO_LANGUAGE } from '../../build-steps/pseudo-locale.js';

export { baseLocale, getLocale, type Locale, locales };

/**
 * A locale's facts (its own name for the language switcher, its Open Graph locale): core's locale
 * registry, or the test-only pseudo-locale's.
 */
export const languageOf = (locale: Locale): Language =>
	isCoreLocale(locale) ? LANGUAGES[locale] : PSEUDO_LANGUAGE;

/**
 * The locale core gives a page's names and labels in: the page's own, or English for a locale core
 * has no words in (the test-only pseudo-locale).
 */
export const coreLocale = (locale: Locale = getLocale()): CoreLocale =>
	isCoreLocale(locale) ? locale : DEFAULT_LOCALE;

/** The locale a path belongs to: `/fr/stories/` is French, `/stories/` English. */
export function pathLocale(pathname: string): Locale {
	const segment = pathname.split('/')[1] ?? '';
	return segment !== baseLocale && isLocale(segment) ? segment : baseLocale;
}

/** The route a localized path renders: `/fr/stories/` → `/stories/`. */
export function routePath(pathname: string): string {
	const locale = pathLocale(pathname);
	return locale === baseLocale ? pathname : pathname.slice(locale.length + 1) || '/';
}

/** A site path in a locale: `/stories/` → `/fr/stories/`; `#`, `?` and the rest are kept. */
export function localePath(path: string, locale: Locale): string {
	return locale === baseLocale ? path : `/${locale}${path}`;
}

/** The same page in every locale, for hreflang alternates and the language switcher. */
export function alternatePaths(pathname: string): { locale: Locale; path: string }[] {
	const route = routePath(pathname);
	return locales.map((locale) => ({ locale, path: localePath(route, locale) }));
}

/** A site path in the locale being rendered: `localHref('/about/')` is `/fr/about/` on a French page. */
export const localHref = (path: string): string => localePath(path, getLocale());

/** A date (`2026-11-29`) written out in the locale being rendered: "29 November 2026", "29 novembre 2026". */
export const formatDate = (isoDate: string): string =>
	new Intl.DateTimeFormat(getLocale() === baseLocale ? 'en-GB' : getLocale(), {
		dateStyle: 'long',
		timeZone: 'UTC',
	}).format(new Date(isoDate));

/**
 * A text as it opens a table cell or a line: its first letter in capitals, in the rendering locale's
 * rules. UNTERM writes a formal name with its article, "la République de Maurice", which reads
 * « La République de Maurice » on its own; the data keeps the UN's spelling.
 */
export const atLineStart = (text: string, locale: Locale = getLocale()): string =>
	text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The grammatical gender of what a number counts: « une histoire », « un pays », « una autoridad ». */
export type Gender = 'masculine' | 'feminine';

/**
 * A count as running text writes it in the locale: zero to nine in words in French and Spanish, in
 * the gender of what it counts (« deux pays », « une autorité locale »), figures from ten (« 13 pays »)
 * and in English.
 */
export const inWords = (count: number, gender: Gender, locale: Locale = getLocale()): string =>
	inFigures([count])
		? new Intl.NumberFormat(locale).format(count)
		: m.number_words({ count, gender }, { locale });

/** The gender of the page language's word for a value of the classification: « valeur », « valor ». */
export const valueGender = (): Gender =>
	m.value_gender() === 'masculine' ? 'masculine' : 'feminine';

/**
 * The counts of one series (one sentence, one list) as its running text writes them: French and
 * Spanish editors write zero to nine in words only when no count of the same series is ten or more,
 * so « deux pays et une autorité locale », but « 32 pays, dont 6 avec une histoire » and « 4 pays »
 * in a list of regions where another has 10: core's `inFigures` rule, the one its claims follow.
 * @example seriesInWords([32, 6], 'fr')(6, 'masculine') // '6'
 */
export const seriesInWords =
	(series: readonly number[], locale: Locale = getLocale()) =>
	(count: number, gender: Gender): string =>
		inFigures(series)
			? new Intl.NumberFormat(locale).format(count)
			: inWords(count, gender, locale);
