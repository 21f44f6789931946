import { countries } from '../data.js';
import type { Country, Government } from '../schema/government.js';

/** The country a government belongs to: itself for a country, its country for a local authority. */
export function countryOf(government: Government): Country {
	if (government.kind === 'country') return government;
	const country = countries.find((candidate) => candidate.alpha3 === government.country);
	if (!country) throw new Error(`local authority ${government.id} has no country`);
	return country;
}
