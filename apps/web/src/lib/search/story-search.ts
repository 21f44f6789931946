/**
 * @module instant search in the browser: core's data-free search engine over the prerendered
 * /stories/search.json, so it ranks exactly as core's `search` and the API do (story-search.test.ts)
 */
import { createSearchEngine, type TextSegment } from '@mgi-stories/core/search';
import type { SearchDocument, SearchKind } from './documents';

export interface ClientSearchHit {
	kind: SearchKind;
	id: string;
	title: string;
	href: string;
	snippet: TextSegment[];
}

export interface StorySearch {
	search: (query: string, options?: { kinds?: readonly SearchKind[] }) => ClientSearchHit[];
}

/** core's search engine over the prerendered documents: the ranking and snippets are core's own */
export function createSearch(documents: readonly SearchDocument[]): StorySearch {
	const engine = createSearchEngine(documents);
	return {
		search(query, { kinds } = {}) {
			return engine
				.search({ query, limit: documents.length || 1, ...(kinds ? { kinds } : {}) })
				.map(({ kind, id, title, snippet, document }) => ({
					kind,
					id,
					title,
					href: document.href,
					snippet,
				}));
		},
	};
}

let loading: Promise<StorySearch> | undefined;

/** Fetches the index once, on first use. */
export function loadSearch(url = '/stories/search.json'): Promise<StorySearch> {
	loading ??= fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json() as Promise<{ documents: SearchDocument[] }>;
		})
		.then((file) => createSearch(file.documents))
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
