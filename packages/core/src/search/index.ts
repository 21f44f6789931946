/**
 * @module @mgi-stories/core/search: full-text search over the dataset (`search`, `searchStories`,
 * `searchGovernments`), and its engine apart, for a browser that fetches prebuilt documents (built
 * with `searchDocuments()`): `createSearchEngine` alone bundles none of the dataset
 */
export { ArgumentError, CoreError } from '../errors.js';
export { isLocale, LOCALES, type Locale } from '../i18n/locale.js';
export { tokenize } from './analysis.js';
export {
	governmentDocument,
	type StoryTheme,
	searchDocuments,
	storyDocument,
	storyThemes,
	tagSearchTexts,
} from './documents.js';
export {
	analyzeQuery,
	createSearchEngine,
	type DatasetSearchHit,
	MAX_SEARCH_LIMIT,
	MAX_SEARCH_QUERY_LENGTH,
	type QueryAnalysis,
	SEARCH_KINDS,
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchId,
	type SearchKind,
	type SearchOptions,
} from './engine.js';
export { highlight, markPhrases, type TextSegment } from './highlight.js';
export { search } from './search.js';
export { type QueryOption, searchGovernments, searchStories } from './search-filtered.js';
