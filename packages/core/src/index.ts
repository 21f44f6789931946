/** @module @mgi-stories/core: IOM's "The Migration Governance Indicators — Success Stories" (2021) as data and logic */
export {
	CITATION_MEDIA_TYPES,
	CITATION_STYLES,
	type CitationStyle,
	cite,
	citeAll,
} from './citations/cite.js';
export {
	claims,
	countries,
	datasetVersion,
	governmentSources,
	governments,
	localAuthorities,
	publication,
	stories,
	vocabulary,
} from './data.js';
export { CoreError, DataError } from './errors.js';
export {
	type Column,
	CSV_MEDIA_TYPE,
	CSV_VARIANTS,
	type CsvVariant,
	type Table,
	toCsv,
} from './exports/csv.js';
export { dataPackage } from './exports/data-package.js';
export { datasetDocument } from './exports/dataset-document.js';
export {
	DATASET_ZIP_MEDIA_TYPE,
	datasetFiles,
	datasetReadme,
	datasetZip,
} from './exports/dataset-zip.js';
export { jsonSchemas } from './exports/json-schemas.js';
export { COLUMN_SOURCES, columnSources, datasetSources } from './exports/provenance.js';
export { claimsTable, governmentsTable, storiesTable, tagsTable } from './exports/tables.js';
export {
	inM49Area,
	M49_LEVELS,
	type M49Area,
	type M49Level,
	m49AreaOf,
	m49Areas,
} from './geography/m49.js';
export { countryOf } from './governments/country-of.js';
export {
	filterGovernments,
	type GovernmentFilter,
} from './governments/filter-governments.js';
export { findGovernment } from './governments/find-government.js';
export { governmentId, MATCH_KINDS, type MatchKind, namesOf } from './governments/name-index.js';
export {
	type Resolution,
	type ResolveCandidate,
	resolveGovernment,
} from './governments/resolve-government.js';
export { storiesOf } from './governments/stories-of.js';
export type * from './schema/index.js';
export { highlight, markPhrases, type TextSegment } from './search/highlight.js';
export { type SearchHit, type SearchKind, search } from './search/search.js';
export { checkClaims } from './stats/check-claims.js';
export { countFacets, type FacetCount } from './stats/count-facets.js';
export { type DatasetStats, getStats } from './stats/get-stats.js';
export {
	type AreaTally,
	type IntermediateRegionStat,
	type RegionStat,
	regionStats,
	type SubregionStat,
} from './stats/region-stats.js';
export { filterStories, type StoryFilter } from './stories/filter-stories.js';
export { findStory } from './stories/find-story.js';
export { storyCountry } from './stories/story-country.js';
export { normalizeName, slugify } from './text/normalize.js';
