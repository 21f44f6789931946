/** @module the site's locales and their URLs: English at `/`, every other locale under `/{locale}/` */
import { baseLocale, getLocale, isLocale, type Locale, locales } from '$lib/paraglide/runtime';

export { baseLocale, getLocale, type Locale, locales };

/** Each locale's own name, as a speaker of it writes it (for the language switcher). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
};

/** Each locale as Open Graph names it (`og:locale`), a language with its territory. */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = {
	en: 'en_US',
	fr: 'fr_FR',
	es: 'es_ES',
};

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
