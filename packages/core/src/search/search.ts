import { searchDocuments } from './documents.js';
import {
	checkSearchOptions,
	createSearchEngine,
	type SearchEngine,
	type SearchHit,
	type SearchOptions,
} from './engine.js';

let engine: SearchEngine | undefined;

/**
 * Full-text search over stories and governments: accent-insensitive, prefix and typo tolerant,
 * every word required (falling back to any word when nothing has them all), best first.
 * @example search({ query: 'trafficking' }).map((hit) => hit.id) // ['uruguay', 'sierra-leone']
 */
export function search(options: SearchOptions): SearchHit[] {
	checkSearchOptions('search', options);
	engine ??= createSearchEngine(searchDocuments());
	return engine.search(options).map(({ document: _document, ...hit }) => hit);
}
