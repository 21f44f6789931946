/**
 * @module where each fact a country page shows comes from, by the sources core records for each
 * field (`datasetSources()`), so that a page names no source the data does not
 */
import { type Country, datasetSources } from '@mgi-stories/core';
import { coreLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/**
 * A source's name on a page: the short name core gives it (UNTERM, ISO 3166-3), the same in every
 * language, or « notre lecture » for this project's reading; throws for a source core does not list
 * or gives no short name.
 */
export function sourceName(id: string): string {
	if (id === 'mgi-stories-reading') return m.gov_source_our_reading();
	const name = datasetSources().find((source) => source.id === id)?.shortName;
	if (!name) throw new Error(`no source "${id}" with a short name in core's datasetSources()`);
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

/**
 * Where the official name a country page shows comes from: in English the record's, world-countries'
 * unless the record says it is our reading (Ireland); in French and Spanish UNTERM's formal name.
 */
export const officialNameSources = (country: Country): string[] =>
	coreLocale() === 'en'
		? [sourceName(country.officialNameSource ?? 'world-countries')]
		: [sourceName('unterm')];

/** Where the M49 areas a country page names come from: the record's in English, M49's own French and Spanish names. */
export const m49AreaSources = (): string[] =>
	coreLocale() === 'en' ? fieldSources('region') : [sourceName('unsd-m49')];
