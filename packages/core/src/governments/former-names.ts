/** @module a country's former names as ISO 3166-3 records them, each with the language of its source */
import { checkArgument } from '../arguments.js';
import { aliases } from '../generated/aliases.js';
import type { Locale } from '../i18n/locale.js';
import type { Country } from '../types.js';

/** A name a country formerly had, in the language its source gives it, and that source's id. */
export interface FormerName {
	name: string;
	locale: Locale;
	source: string;
}

/**
 * The names a country formerly had (ISO 3166-3, as the iso-3166 package gives them: ISO's English
 * short names), for a page that shows them as former names in their own language.
 * @example formerNames(governmentById({ id: 'TLS' })) // [{ name: 'East Timor', locale: 'en', source: 'iso-3166-3' }]
 */
export function formerNames(country: Country): readonly FormerName[] {
	const { alpha3 } = checkArgument('formerNames', 'country', country).record<Country>(
		'country',
		'alpha3',
		'a country of the dataset',
	);
	return aliases.groups.flatMap((group) =>
		group.kind === 'former-name' && group.locale
			? (group.names[alpha3] ?? []).map((name) => ({
					name,
					locale: group.locale as Locale,
					source: group.source,
				}))
			: [],
	);
}
