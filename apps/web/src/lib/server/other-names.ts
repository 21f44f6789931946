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
	otherNameLanguages,
} from '@mgi-stories/core';
import { formerNames } from '@mgi-stories/core/resolve';
import { coreLocale } from '$lib/i18n';
import { byName } from './names';

/** an other name and its language as a BCP 47 tag (`en`, `fr`, `ga`, …), or `''` where the data does not say (HTML's unknown) */
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

/** the ids of the sources that record a country's former names (`iso-3166-3`), none if it has none */
export const formerNameSources = (country: Country): string[] => [
	...new Set(formerNames(country).map((name) => name.source)),
];

/**
 * A country's other names (`altNames`, from i18n-iso-countries and world-countries), without the
 * names the page already shows (its name, the booklet's and the official one), each marked with its
 * language: a former name ISO 3166-3 records in English ("East Timor", said to be one), else the
 * language whose names core's `countryNamesIn` records it among (English as the dataset's own names,
 * read uninverted too, French and Spanish as the UN's, CLDR's or i18n-iso-countries'), else the
 * language a source gives it (core's `otherNameLanguages`: "Éire" Irish, "RSA" English), and
 * unknown otherwise ("Suid-Afrika"); written with the typographic apostrophe of every page
 * ("Repoblikan’i Madagasikara", the house style, see the README's typography); in the locale's order.
 */
export function otherNames(country: Country): OtherName[] {
	const locale = coreLocale();
	const shown = new Set(
		[
			country.bookletName,
			governmentName(country, { locale }),
			governmentFormalName(country, { locale }),
		]
			.filter((name) => name !== undefined)
			.map(comparable),
	);
	const known = LOCALES.map((language) => ({
		language,
		names: new Set(countryNamesIn(country, { locale: language }).map(comparable)),
	}));
	const former = new Map(formerNames(country).map((name) => [comparable(name.name), name.locale]));
	const labelled = otherNameLanguages(country);
	const languageOf = (name: string) =>
		former.get(comparable(name)) ??
		known.find(
			({ language, names }) =>
				names.has(comparable(name)) ||
				(language === 'en' && names.has(comparable(uninverted(name)))),
		)?.language ??
		labelled[name] ??
		'';
	const seen = new Set<string>();
	return country.altNames
		.filter((text) => !shown.has(comparable(text)))
		.map((text) => ({
			text: text.replace(/'/g, '’'),
			lang: languageOf(text),
			former: former.has(comparable(text)),
		}))
		.filter(({ text }) => !seen.has(comparable(text)) && seen.add(comparable(text)))
		.sort(byName((name) => name.text));
}
