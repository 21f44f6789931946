/**
 * @module a country's other names, each with the language it is known to be in, so a page marks each
 * one by its own language and none by the page's
 */
import {
	type Country,
	governmentFormalName,
	governmentName,
	TRANSLATED_LOCALES,
} from '@mgi-stories/core';
import { byName } from './names';

/** an other name and its language: `en`, `fr`, `es`, or `''` where the data does not say (HTML's unknown) */
export interface OtherName {
	text: string;
	lang: string;
}

const LEADING_ARTICLE = /^(?:l’|(?:le|la|les|el|los|las) )/i;
const comparable = (name: string) =>
	name.replace(/['’]/g, '’').replace(LEADING_ARTICLE, '').toLowerCase();
/** "Bolivia, Plurinational State of" as it reads uninverted: "Plurinational State of Bolivia" */
const uninverted = (name: string) => name.replace(/^(.+), (.+)$/, '$2 $1');

/**
 * A country's other names (`altNames`, from i18n-iso-countries and world-countries, which keep no
 * language), each marked as English where it is one of the country's English names or reads as one
 * uninverted, as French or Spanish where it is the UN's name in that language, and unknown otherwise
 * ("Shqipëria"); in the locale's order.
 */
export function otherNames(country: Country): OtherName[] {
	const english = new Set(
		[country.bookletName, country.name, country.officialName].map((name) => comparable(name)),
	);
	const translated = TRANSLATED_LOCALES.map((locale) => ({
		locale,
		names: new Set(
			[governmentName(country, { locale }), governmentFormalName(country, { locale })].map(
				comparable,
			),
		),
	}));
	const languageOf = (name: string) =>
		english.has(comparable(name)) || english.has(comparable(uninverted(name)))
			? 'en'
			: (translated.find(({ names }) => names.has(comparable(name)))?.locale ?? '');
	return country.altNames
		.map((text) => ({ text, lang: languageOf(text) }))
		.sort(byName((name) => name.text));
}
