import { searchIndexes } from '../generated/search-index.js';
import { shownDocuments } from './documents.js';
import {
	checkSearchOptions,
	type DatasetSearchHit,
	engineOf,
	type SearchEngine,
	type SearchOptions,
} from './engine.js';

let engine: SearchEngine | undefined;

/**
 * Full-text search over stories and governments in English, French or Spanish (`locale`, the
 * reader's language): stop words dropped, stemmed, accent-insensitive, typo tolerant where nothing
 * matches as typed; hits matching every word first, then those matching some (`allWords: false`).
 * @example search({ query: 'trata de personas', locale: 'es' }).map((hit) => hit.id) // ['uruguay', 'sierra-leone', 'tajikistan', 'iraq', 'kuwait']
 */
export function search(options: SearchOptions): DatasetSearchHit[] {
	checkSearchOptions('search', options);
	// the dataset's indexes are built at build (`searchDocuments()`, serialized): loaded, not built
	engine ??= engineOf(shownDocuments(), searchIndexes);
	// the dataset's documents pair each kind with its ids: a story's slug, a government's id
	return engine.search(options).map(({ document: _document, ...hit }) => hit as DatasetSearchHit);
}
