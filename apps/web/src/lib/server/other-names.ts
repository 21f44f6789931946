/**
 * @module a country's other names, each with the language it is known to be in, so a page marks each
 * one by its own language and none by the page's
 */
import {
	type Country,
	countryNamesIn,
	governmentFormalName,
	governmentName,
	LOCALES,
} from '@mgi-stories/core';
import { formerNames } from '@mgi-stories/core/resolve';
import { coreLocale } from '$lib/i18n';
import { byName } from './names';

/** an other name and its language: `en`, `fr`, `es`, or `''` where the data does not say (HTML's unknown) */
export interface OtherName {
	text: string;
	lang: string;
	/** a name the country formerly had, as ISO 3166-3 records it ("East Timor") */
	former: boolean;
}

const LEADING_ARTICLE = /^(?:l’|(?:le|la|les|el|los|las) )/i;
const comparable = (name: string) =>
	name.replace(/['’]/g, '’').replace(LEADING_ARTICLE, '').toLowerCase();
/** "Bolivia, Plurinational State of" as it reads uninverted: "Plurinational State of Bolivia" */
const uninverted = (name: string) => name.replace(/^(.+), (.+)$/, '$2 $1');
/** a French page writes the typographic apostrophe in every name: "République de Côte d’Ivoire" */
const TYPOGRAPHIC_APOSTROPHE: ReadonlySet<string> = new Set(['fr']);

/**
 * A country's other names (`altNames`, from i18n-iso-countries and world-countries, which keep no
 * language), without the names the page already shows (its name, the booklet's and the official one),
 * each marked with the language whose names the data records it among (core's `countryNamesIn`: English
 * as the dataset's own names, read uninverted too, French and Spanish as the UN's, CLDR's or
 * i18n-iso-countries'), a former name in ISO 3166-3's English and said to be one ("East Timor"), and
 * unknown otherwise ("Shqipëria"); with the typographic apostrophe on a
 * French page; in the locale's order.
 */
export function otherNames(country: Country): OtherName[] {
	const locale = coreLocale();
	const shown = new Set(
		[
			country.bookletName,
			governmentName(country, { locale }),
			governmentFormalName(country, { locale }),
		].map(comparable),
	);
	const known = LOCALES.map((language) => ({
		language,
		names: new Set(countryNamesIn(country, { locale: language }).map(comparable)),
	}));
	const former = new Map(formerNames(country).map((name) => [comparable(name.name), name.locale]));
	const languageOf = (name: string) =>
		former.get(comparable(name)) ??
		known.find(
			({ language, names }) =>
				names.has(comparable(name)) ||
				(language === 'en' && names.has(comparable(uninverted(name)))),
		)?.language ??
		'';
	const seen = new Set<string>();
	return country.altNames
		.filter((text) => !shown.has(comparable(text)))
		.map((text) => ({
			text: TYPOGRAPHIC_APOSTROPHE.has(locale) ? text.replace(/'/g, '’') : text,
			lang: languageOf(text),
			former: former.has(comparable(text)),
		}))
		.filter(({ text }) => !seen.has(comparable(text)) && seen.add(comparable(text)))
		.sort(byName((name) => name.text));
}
