/** @module the country fields that UN M49 gives: the enrichment script's provenance of them and the API's field list */
import type { Country } from '../types.js';

/** The country fields that come from UN M49: each level's name and code. */
export const M49_FIELDS = [
	'region',
	'regionCode',
	'subregion',
	'subregionCode',
	'intermediateRegion',
	'intermediateRegionCode',
] as const satisfies readonly (keyof Country)[];
