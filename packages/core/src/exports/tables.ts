import { countries, governments, stories } from '../data.js';
import { FACET_IDS } from '../generated/literals.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId } from '../governments/name-index.js';
import type { Government } from '../schema/government.js';
import type { Story, Tag } from '../schema/story.js';
import type { FacetId } from '../schema/vocabulary.js';
import type { Column, Table } from './csv.js';

const tagValues = (story: Story, facet: FacetId) =>
	story.tags
		.filter((tag) => tag.facet === facet)
		.map((tag) => tag.value)
		.join(';');

const SNAKE: Record<FacetId, string> = {
	outcome: 'outcome',
	topic: 'topic',
	framework: 'framework',
	domain: 'domain',
	gcmObjective: 'gcm_objective',
};

/** The stories table: one row per story, facet values joined by `;`. */
export function storiesTable(rows: readonly Story[] = stories): Table<Story> {
	const columns: Column<Story>[] = [
		{
			name: 'slug',
			type: 'string',
			description: 'Stable identifier of the story',
			value: (s) => s.slug,
		},
		{
			name: 'edition',
			type: 'string',
			description: 'Edition of the booklet',
			value: (s) => s.edition,
		},
		{
			name: 'country',
			type: 'string',
			description: 'ISO 3166-1 alpha-3 of the country',
			value: (s) => s.country,
		},
		{
			name: 'country_name',
			type: 'string',
			description: 'The country as the booklet names it',
			value: (s) => countries.find((country) => country.alpha3 === s.country)?.bookletName ?? null,
		},
		{ name: 'heading', type: 'string', description: 'Heading as printed', value: (s) => s.heading },
		{
			name: 'page',
			type: 'integer',
			description: 'Page in the booklet (contents page)',
			value: (s) => s.page,
		},
		{ name: 'level', type: 'string', description: 'national or local', value: (s) => s.level },
		{
			name: 'local_authority',
			type: 'string',
			description: 'Id of the local authority a local story concerns',
			value: (s) => s.localAuthority,
		},
		{ name: 'text', type: 'string', description: 'The story, verbatim', value: (s) => s.text },
		{
			name: 'photo_caption',
			type: 'string',
			description: 'Photo caption, verbatim',
			value: (s) => s.photo?.caption ?? null,
		},
		{
			name: 'photo_credit',
			type: 'string',
			description: 'Photo credit, verbatim',
			value: (s) => s.photo?.credit ?? null,
		},
		{
			name: 'photo_description',
			type: 'string',
			description: "The booklet's description of the photo, verbatim",
			value: (s) => s.photo?.description ?? null,
		},
		...FACET_IDS.map(
			(facet): Column<Story> => ({
				name: SNAKE[facet],
				type: 'string',
				description: `Values of the ${facet} facet, separated by ";"`,
				value: (s) => tagValues(s, facet),
			}),
		),
	];
	return {
		name: 'stories',
		description: 'The success stories',
		primaryKey: ['slug'],
		columns,
		rows,
	};
}

/** The governments table: countries and local authorities, one row each. */
export function governmentsTable(rows: readonly Government[] = governments): Table<Government> {
	const ifCountry = <T>(
		government: Government,
		pick: (country: (typeof countries)[number]) => T,
	) => (government.kind === 'country' ? pick(government) : null);
	const columns: Column<Government>[] = [
		{
			name: 'id',
			type: 'string',
			description: 'alpha-3 for a country, id for a local authority',
			value: governmentId,
		},
		{ name: 'kind', type: 'string', description: 'country or local', value: (g) => g.kind },
		{
			name: 'edition',
			type: 'string',
			description: 'Edition of the booklet',
			value: (g) => g.edition,
		},
		{
			name: 'booklet_name',
			type: 'string',
			description: 'Name as the booklet lists it',
			value: (g) => g.bookletName,
		},
		{
			name: 'name',
			type: 'string',
			description: 'Common English name (countries)',
			value: (g) => ifCountry(g, (c) => c.name),
		},
		{
			name: 'alpha2',
			type: 'string',
			description: 'ISO 3166-1 alpha-2',
			value: (g) => ifCountry(g, (c) => c.alpha2),
		},
		{
			name: 'alpha3',
			type: 'string',
			description: 'ISO 3166-1 alpha-3 (of the country)',
			value: (g) => countryOf(g).alpha3,
		},
		{
			name: 'numeric',
			type: 'string',
			description: 'ISO 3166-1 numeric',
			value: (g) => ifCountry(g, (c) => c.numeric),
		},
		{ name: 'region', type: 'string', description: 'UN region', value: (g) => countryOf(g).region },
		{
			name: 'subregion',
			type: 'string',
			description: 'UN sub-region',
			value: (g) => countryOf(g).subregion,
		},
		{
			name: 'lat',
			type: 'number',
			description: 'Latitude of the representative point',
			value: (g) => g.point.lat,
		},
		{
			name: 'lon',
			type: 'number',
			description: 'Longitude of the representative point',
			value: (g) => g.point.lon,
		},
		{
			name: 'alt_names',
			type: 'string',
			description: 'Alternative names, separated by ";"',
			value: (g) => ifCountry(g, (c) => c.altNames.join(';')),
		},
		{
			name: 'gazetteer',
			type: 'string',
			description: 'Gazetteer source of a local authority point',
			value: (g) =>
				g.kind === 'local'
					? `${g.gazetteer.source} ${g.gazetteer.feature}: ${g.gazetteer.name}`
					: null,
		},
	];
	return {
		name: 'governments',
		description: 'Participating governments',
		primaryKey: ['id'],
		columns,
		rows,
	};
}

type TagRow = Tag & { story: string };

/** The tags table: one row per tag, with the verbatim evidence phrase. */
export function tagsTable(rows: readonly Story[] = stories): Table<TagRow> {
	const columns: Column<TagRow>[] = [
		{ name: 'story', type: 'string', description: 'Slug of the story', value: (t) => t.story },
		{ name: 'facet', type: 'string', description: 'Facet id', value: (t) => t.facet },
		{ name: 'value', type: 'string', description: 'Facet value id', value: (t) => t.value },
		{
			name: 'evidence',
			type: 'string',
			description: 'Phrase of the story that justifies the tag, verbatim',
			value: (t) => t.evidence,
		},
	];
	return {
		name: 'tags',
		description: 'Classification of the stories, with evidence',
		primaryKey: ['story', 'facet', 'value'],
		columns,
		rows: rows.flatMap((story) => story.tags.map((tag) => ({ ...tag, story: story.slug }))),
	};
}
