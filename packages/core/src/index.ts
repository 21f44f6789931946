/**
 * @module @mgi-stories/core: IOM's "The Migration Governance Indicators — Success Stories" (2021) as
 * data and logic: the records, lookups, filters, names, citations, statistics and exports. Search is
 * at `@mgi-stories/core/search`, the name resolver at `@mgi-stories/core/resolve`.
 */
export {
	CITATION_MEDIA_TYPES,
	CITATION_STYLES,
	type CitationStyle,
	cite,
	citeAll,
} from './citations/cite.js';
export { EDITIONS, publicationOf } from './editions.js';
export { ArgumentError, CoreError, DataError } from './errors.js';
export {
	type Column,
	CSV_VARIANTS,
	type CsvVariant,
	type Table,
	toCsv,
} from './exports/csv.js';
export { dataPackage } from './exports/data-package.js';
export { datasetDocument } from './exports/dataset-document.js';
export { datasetFiles, datasetReadme, datasetZip } from './exports/dataset-zip.js';
export { CSV_MEDIA_TYPE, DATASET_ZIP_MEDIA_TYPE } from './exports/media-types.js';
export { COLUMN_SOURCES, columnSources, datasetSources } from './exports/provenance.js';
export { claimsTable, governmentsTable, storiesTable, tagsTable } from './exports/tables.js';
export { jsonSchemas } from './generated/json-schemas.js';
// the records, through src/data.ts; `releases`, the history of the data's releases, which grows with
// each release, is at `@mgi-stories/core/data` only
export * from './generated/records.js';
export {
	inM49Area,
	M49_LEVELS,
	type M49Area,
	type M49Level,
	m49AreaOf,
	m49Areas,
} from './geography/m49.js';
export { M49_FIELDS } from './geography/m49-fields.js';
export { countryOf } from './governments/country-of.js';
export {
	filterGovernments,
	type GovernmentFilter,
} from './governments/filter-governments.js';
export { findGovernment } from './governments/find-government.js';
export { governmentById } from './governments/government-by-id.js';
export { governmentId, namesOf } from './governments/name-index.js';
export { ownStoriesOf, storiesOf } from './governments/stories-of.js';
export { inFigures } from './i18n/in-figures.js';
export {
	DEFAULT_LOCALE,
	isLocale,
	LANGUAGES,
	type Language,
	LOCALES,
	type Locale,
	type LocaleOptions,
	TRANSLATED_LOCALES,
	type TranslatedLocale,
} from './i18n/locale.js';
export {
	governmentName,
	nameCollator,
	otherNameLanguages,
	type Place,
	type PlaceArticle,
	regionName,
	regionPlace,
} from './i18n/names.js';
export {
	countryNamesIn,
	governmentFormalName,
	governmentFormalPlace,
	governmentPlace,
} from './i18n/official-names.js';
export { checkClaims } from './stats/check-claims.js';
export { countFacets, type FacetCount } from './stats/count-facets.js';
export { type DatasetStats, datasetStats } from './stats/dataset-stats.js';
export {
	type AreaTally,
	type IntermediateRegionStat,
	type RegionStat,
	regionStats,
	type SubregionStat,
} from './stats/region-stats.js';
export { filterStories, STORY_LEVELS, type StoryFilter } from './stories/filter-stories.js';
export { findStory, requireStory } from './stories/find-story.js';
export { localAuthorityOf } from './stories/local-authority-of.js';
export { normalizeName, slugify } from './text/normalize.js';
export type {
	Claim,
	ClaimCheck,
	ClaimId,
	ClaimSubject,
	ClaimValue,
	ClaimVerdict,
	ClassificationAttribution,
	Country,
	CountryAlpha2,
	CountryAlpha3,
	CountryNumeric,
	DatasetDocument,
	DatasetRelease,
	DeepReadonly,
	EditionId,
	Facet,
	FacetId,
	FacetValue,
	FacetValueId,
	FacetValueIds,
	Government,
	GovernmentId,
	GovernmentSources,
	LocalAuthority,
	LocalAuthorityId,
	LocalLevel,
	Photo,
	Point,
	Publication,
	Release,
	Source,
	StatedNumber,
	Story,
	StorySlug,
	Tag,
	Vocabulary,
} from './types.js';
export { FACET_IDS } from './vocabulary/facet-ids.js';
export { facetLabel } from './vocabulary/facet-label.js';
