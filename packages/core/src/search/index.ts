/**
 * @module @mgi-stories/core/search: the search engine without the dataset, for a browser that
 * fetches prebuilt documents (built with `searchDocuments()` from the main entry)
 */
export { ArgumentError, CoreError } from '../errors.js';
export { isLocale, LOCALES, type Locale } from '../i18n/locale.js';
export { tokenize } from './analysis.js';
export {
	analyzeQuery,
	createSearchEngine,
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
