/** @module official names in a locale: UNTERM's formal names and the places a sentence makes of them, apart from `names.ts` so that code showing no official name never reads the UN's names table (the API's Worker reads it as a data asset on first use) */
import { englishArticles, formalNames } from '../generated/un-names.js';
import type { Country, Government } from '../types.js';
import { LANGUAGES, type Locale, type LocaleOptions } from './locale.js';
import {
	countryOfGovernment,
	governmentName,
	localeOf,
	type Place,
	type PlaceArticle,
	place,
} from './names.js';

/** UNTERM's formal name of a country in a translated locale, with its article ("l’État plurinational de Bolivie") */
function untermFormal(alpha3: string, locale: Locale): string | undefined {
	if (locale === 'en') return undefined;
	// the UN writes the French apostrophe straight; French text here takes the typographic one
	return formalNames[alpha3]?.[locale]?.replace(/'/g, '’');
}

/**
 * A country's official name: UNTERM's formal name in French and Spanish, as the UN writes it with
 * its article ("la République de Maurice", "el Estado Plurinacional de Bolivia"); in English the
 * dataset's official name; a local authority's is its booklet name. Undefined where UNTERM lists no
 * formal name in the locale (Côte d’Ivoire, Türkiye), and where its formal name only repeats the
 * short name ("le Népal", "el Canadá"): a short name is never given as an official one.
 * @example governmentFormalName(governmentById({ id: 'MUS' }), { locale: 'es' }) // 'la República de Mauricio'
 */
export function governmentFormalName(
	government: Government,
	options: LocaleOptions = {},
): string | undefined {
	const checked = localeOf('governmentFormalName', options, 'government');
	const entry = countryOfGovernment('governmentFormalName', government);
	if (!entry) return government.bookletName;
	if (checked === 'en') return (government as Country).officialName;
	return untermFormal(entry.alpha3, checked);
}

// a short name the UN inverts for alphabetical lists: "Bolivie (État plurinational de)"
const INVERTED = /\(.+\)$/;
const LEADING_ARTICLE = /^(?:(l)’|(le|la|les|el|los|las) )/i;

/** a formal name ("l’État plurinational de Bolivie") as a sentence takes it, if it opens with an article of the locale */
function formalPlace(formal: string, locale: Locale): Place | undefined {
	const match = LEADING_ARTICLE.exec(formal);
	const article = (match?.[1] ?? match?.[2])?.toLowerCase();
	if (!match || !(LANGUAGES[locale].articles as readonly string[]).includes(article ?? ''))
		return undefined;
	return { name: formal.slice(match[0].length), article: article as PlaceArticle };
}

/**
 * A country's official name as a field shows it, apart from the article a sentence gives it:
 * "République de Maurice" and `la` for UNTERM's "la République de Maurice"; a name without an article
 * (every English official name, a local authority's) has `none`. Undefined where the locale has no
 * official name (UNTERM lists none for Côte d’Ivoire and Türkiye, and only repeats the short name
 * for Nepal or Canada): a page then shows no such field.
 * @example governmentFormalPlace(governmentById({ id: 'MUS' }), { locale: 'fr' }) // { name: 'République de Maurice', article: 'la' }
 */
export function governmentFormalPlace(
	government: Government,
	options: LocaleOptions = {},
): Place | undefined {
	const checked = localeOf('governmentFormalPlace', options, 'government');
	const formal = governmentFormalName(government, { locale: checked });
	if (formal === undefined) return undefined;
	return formalPlace(formal, checked) ?? { name: formal, article: 'none' };
}

/**
 * A government as a sentence takes it: its name and its article (UNTERM's: "Kazakhstan (le)",
 * "Gambia (the)"). A
 * short name the UN inverts for lists reads uninverted, as UNTERM's formal name: "l’État
 * plurinational de Bolivie", never "Bolivie (État plurinational de) a participé".
 * @example governmentPlace(governmentById({ id: 'KAZ' }), { locale: 'fr' }) // { name: 'Kazakhstan', article: 'le' }
 */
export function governmentPlace(government: Government, options: LocaleOptions = {}): Place {
	const checked = localeOf('governmentPlace', options, 'government');
	const entry = countryOfGovernment('governmentPlace', government);
	const name = governmentName(government, { locale: checked });
	const formal = entry && INVERTED.test(name) ? untermFormal(entry.alpha3, checked) : undefined;
	if (entry && checked === 'en')
		return { name, article: (englishArticles[entry.alpha3] as PlaceArticle | undefined) ?? 'none' };
	return (
		(formal ? formalPlace(formal, checked) : undefined) ?? place(name, entry?.articles, checked)
	);
}

/**
 * Every name the data records a country by in one language: in English the booklet's, the common and
 * the official name; in French and Spanish UNTERM's short and formal names, CLDR's and
 * i18n-iso-countries'. A page marks an other name with the language it is one of these in.
 * @example countryNamesIn(governmentById({ id: 'CIV' }), { locale: 'es' }) // ['Côte d’Ivoire', 'Costa de Marfil']
 */
export function countryNamesIn(country: Country, options: LocaleOptions = {}): readonly string[] {
	const checked = localeOf('countryNamesIn', options, 'country');
	const entry = countryOfGovernment('countryNamesIn', country);
	if (!entry) return [];
	if (checked === 'en') return [country.bookletName, country.name, country.officialName];
	const formal = untermFormal(entry.alpha3, checked);
	return [
		...new Set([
			entry.names[checked],
			...(formal ? [formal] : []),
			entry.cldr[checked],
			...entry.alsoKnownAs[checked],
		]),
	];
}
