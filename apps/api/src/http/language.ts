/**
 * @module language negotiation for what is ours (names, labels, claim checks): `lang` wins over
 * `Accept-Language`; the booklet's words are never translated, whatever the language
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@mgi-stories/core';
import { parseTable } from './parse-table.js';

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

/** The language of a request: a valid `lang` query value (any case), else what `Accept-Language` prefers. */
export function requestLanguage(
	lang: string | undefined,
	acceptLanguage: string | null | undefined,
): Locale {
	const lowered = lang?.toLowerCase();
	return isLocale(lowered) ? lowered : languageFromAcceptLanguage(acceptLanguage);
}

/**
 * The language part of a memoized representation's key, for a route that varies on it. An invalid
 * `lang` is rejected with a 400, which is never memoized.
 */
export function languageKey(url: string, acceptLanguage: string | null | undefined): Locale {
	const lang = url.includes('lang=')
		? new URL(url).searchParams.get('lang')?.toLowerCase()
		: undefined;
	if (isLocale(lang)) return lang;
	return acceptLanguage ? preferredLanguage(acceptLanguage) : DEFAULT_LOCALE;
}
