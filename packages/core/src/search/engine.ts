/**
 * @module the search engine, free of data: give it documents (built by `searchDocuments()` at build
 * time, or fetched as JSON in a browser) and it ranks them exactly as core's own `search()` does
 */
import MiniSearch, { type Query } from 'minisearch';
import { checkOptions } from '../arguments.js';
import { highlight, type TextSegment } from './highlight.js';
import { normalizeTerm, searchDefaults, stemOf, tokenize } from './tokenize.js';

export const SEARCH_KINDS = ['story', 'government'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the engine indexes of a story or a government. */
export interface SearchDocument {
	/** unique across kinds: `story:<slug>` or `government:<id>` */
	key: string;
	kind: SearchKind;
	/** a story's slug, a country's alpha-3 or a local authority's id */
	id: string;
	title: string;
	body: string;
	names: string;
	context: string;
}

export interface SearchHit {
	kind: SearchKind;
	/** a story's slug, a country's alpha-3 or a local authority's id */
	id: string;
	title: string;
	score: number;
	/** the best-matching text with matched words marked */
	snippet: TextSegment[];
	/** the index terms the query matched (normalized and stemmed, as `processTerm` makes them) */
	terms: string[];
}

export interface SearchOptions {
	query: string;
	/** which kinds of documents to return; both by default */
	kinds?: readonly SearchKind[];
	/** at most this many hits (1–1000); 20 by default */
	limit?: number;
}

export interface SearchEngine<Document extends SearchDocument = SearchDocument> {
	/** ranked hits, each with the document it matched */
	search(options: SearchOptions): (SearchHit & { document: Document })[];
}

export const MAX_SEARCH_LIMIT = 1000;
const FIELDS = ['title', 'names', 'body', 'context'] as const;
/** where a snippet is cut from: the story text when it matched, else the best field that did */
const SNIPPET_FIELDS = ['body', 'title', 'names', 'context'] as const;

/** Checks search options at the boundary (shared by `search()` and every engine). */
export function checkSearchOptions(fn: string, options: unknown): Required<SearchOptions> {
	const args = checkOptions(fn, options, ['query', 'kinds', 'limit']);
	return {
		query: args.string('query'),
		kinds: args.optionalListOf('kinds', SEARCH_KINDS) ?? SEARCH_KINDS,
		limit: args.optionalInteger('limit', { min: 1, max: MAX_SEARCH_LIMIT }) ?? 20,
	};
}

/**
 * The query as the index runs it: every word (AND) or any (OR), each by its stem. A word that
 * stemming shortened matches its stem whole ("recruiting" → recruit, never a prefix: "polic" of police
 * would find "polici" of policy) or, as typed, the start of a word ("stateles" → stateless).
 */
function expand(query: string, combineWith: 'AND' | 'OR'): Query {
	const queries = tokenize(query).flatMap((word): Query[] => {
		const typed = normalizeTerm(word);
		if (typed.length === 0) return [];
		if (stemOf(typed) === typed) return [word];
		return [
			{
				combineWith: 'OR',
				queries: [
					{ combineWith: 'OR', queries: [word], prefix: false },
					{
						combineWith: 'OR',
						queries: [typed],
						processTerm: (term) => normalizeTerm(term) || null,
						fuzzy: false,
					},
				],
			},
		];
	});
	return { combineWith, queries };
}

/**
 * Indexes documents for full-text search: accent-insensitive, stemmed (English), prefix and typo tolerant, every word
 * required (falling back to any word when nothing has them all), best first.
 * @example createSearchEngine(documents).search({ query: 'trafficking' })
 */
export function createSearchEngine<Document extends SearchDocument>(
	documents: readonly Document[],
): SearchEngine<Document> {
	const index = new MiniSearch<Document>({
		...searchDefaults,
		idField: 'key',
		fields: [...FIELDS],
		searchOptions: {
			...searchDefaults.searchOptions,
			boost: { title: 3, names: 2, body: 1, context: 0.5 },
		},
	});
	index.addAll(documents);
	const byKey = new Map(documents.map((document) => [document.key, document]));
	return {
		search(options) {
			const { query, kinds, limit } = checkSearchOptions('search', options);
			const filter = (result: { id: string }) =>
				kinds.includes(byKey.get(result.id)?.kind as SearchKind);
			let results = index.search(expand(query, 'AND'), { filter });
			if (results.length === 0) results = index.search(expand(query, 'OR'), { filter });
			return results.slice(0, limit).flatMap((result) => {
				const document = byKey.get(result.id);
				if (!document) return [];
				const fields = new Set(Object.values(result.match).flat());
				const field = SNIPPET_FIELDS.find(
					(candidate) => fields.has(candidate) && document[candidate],
				);
				return [
					{
						kind: document.kind,
						id: document.id,
						title: document.title,
						score: Math.round(result.score * 1000) / 1000,
						snippet: highlight({
							text: document[field ?? 'title'],
							terms: result.terms,
							maxWords: 30,
						}),
						terms: result.terms,
						document,
					},
				];
			});
		},
	};
}
