/**
 * @module language negotiation for what is ours (names, labels, claim checks): `lang` wins over
 * `Accept-Language`; the booklet's words are never translated, whatever the language
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@mgi-stories/core';
import type { Context } from 'hono';
import { parseTable } from './parse-table.js';

/** the endpoints whose representation depends on the language: the only ones that take `lang` */
const LOCALIZED_PATHS: readonly RegExp[] = [
	/^\/v1\/governments(\/[^/]+)?$/,
	/^\/v1\/stories\/[^/]+$/,
	/^\/v1\/(facets|stats|resolve|search)$/,
];

export const isLocalizedPath = (path: string): boolean =>
	LOCALIZED_PATHS.some((pattern) => pattern.test(path));

interface LanguageRange {
	/** the primary subtag, lowercased (`fr` of `fr-CA`), or `*` */
	language: string;
	q: number;
	order: number;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
	return header
		.split(',')
		.map((part, order) => {
			const [tag = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
			const q = params.find((param) => param.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return {
				language: tag.split('-')[0] ?? '',
				q: Number.isFinite(weight) && weight <= 1 ? weight : 0,
				order,
			};
		})
		.filter((range) => range.language.length > 0 && range.q > 0);
}

/**
 * The language an `Accept-Language` header prefers among ours (RFC 9110 §12.5.4, basic filtering
 * by primary subtag): the acceptable range with the highest q wins, the earliest on ties; `*`, an
 * absent header or none of ours gives English.
 * @example languageFromAcceptLanguage('de-CH, fr;q=0.8, en;q=0.5') // 'fr'
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Locale {
	if (!header) return DEFAULT_LOCALE;
	const ranges = parseAcceptLanguage(header).sort((a, b) => b.q - a.q || a.order - b.order);
	for (const { language } of ranges) {
		if (language === '*') return DEFAULT_LOCALE;
		if (isLocale(language)) return language;
	}
	return DEFAULT_LOCALE;
}

/** `languageFromAcceptLanguage`, remembered per header value (the memo asks on every request). */
const preferredLanguage = parseTable(languageFromAcceptLanguage);

/** The language of a request: a valid `lang` query value, else what `Accept-Language` prefers. */
export function requestLanguage(
	lang: string | undefined,
	acceptLanguage: string | null | undefined,
): Locale {
	return isLocale(lang) ? lang : languageFromAcceptLanguage(acceptLanguage);
}

/**
 * The language part of a memoized representation's key: empty where the representation does not
 * depend on the language. An invalid `lang` is rejected with a 400, which is never memoized.
 */
export function languageKey(
	url: string,
	path: string,
	acceptLanguage: string | null | undefined,
): string {
	if (!isLocalizedPath(path)) return '';
	const lang = url.includes('lang=')
		? new URL(url).searchParams.get('lang')?.toLowerCase()
		: undefined;
	if (isLocale(lang)) return lang;
	return acceptLanguage ? preferredLanguage(acceptLanguage) : DEFAULT_LOCALE;
}

/**
 * Renders a localized representation in the request's language (its validated `lang`, else
 * `Accept-Language`) and says so with `Content-Language` and `Vary: Accept-Language`. A render that
 * fails (a 406 from the list negotiation) leaves the error without them.
 */
export function inLanguage<Rendered extends Response>(
	c: Context,
	lang: Locale | undefined,
	render: (language: Locale) => Rendered,
): Rendered {
	const language = lang ?? languageFromAcceptLanguage(c.req.header('accept-language'));
	const response = render(language);
	response.headers.set('Content-Language', language);
	response.headers.append('Vary', 'Accept-Language');
	return response;
}
