/**
 * @module instant search in the browser: MiniSearch over the prerendered /stories/search.json,
 * configured as core's `search` so both rank the same (checked by story-search.test.ts)
 */
import { highlight, normalizeName, type TextSegment } from '@mgi-stories/core';
import MiniSearch from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';

export interface ClientSearchHit {
	kind: SearchKind;
	id: string;
	title: string;
	href: string;
	snippet: TextSegment[];
}

// the same word and term rules as core's search/tokenize.ts
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const tokenize = (text: string) => text.match(WORD) ?? [];
const processTerm = (term: string) => {
	const normalized = normalizeName(term).replace(/ /g, '');
	return normalized.length > 0 ? normalized : null;
};

const FIELDS = ['title', 'names', 'body', 'context'] as const;

export interface StorySearch {
	search: (query: string, options?: { kinds?: readonly SearchKind[] }) => ClientSearchHit[];
}

export function createSearch(documents: readonly SearchDocument[]): StorySearch {
	const index = new MiniSearch<SearchDocument>({
		idField: 'key',
		fields: [...FIELDS],
		tokenize,
		processTerm,
		searchOptions: {
			prefix: true,
			fuzzy: 0.2,
			combineWith: 'AND',
			boost: { title: 3, names: 2, body: 1, context: 0.5 },
		},
	});
	index.addAll(documents);
	const byKey = new Map(documents.map((document) => [document.key, document]));

	return {
		search(query, { kinds = ['story', 'government'] } = {}) {
			const filter = (result: { id: string }) =>
				kinds.includes(byKey.get(result.id)?.kind as SearchKind);
			let results = index.search(query, { filter });
			if (results.length === 0) results = index.search(query, { filter, combineWith: 'OR' });
			return results.flatMap((result) => {
				const document = byKey.get(result.id);
				if (!document) return [];
				const fields = new Set(Object.values(result.match).flat());
				const field = (['body', 'title', 'names', 'context'] as const).find(
					(candidate) => fields.has(candidate) && document[candidate],
				);
				return [
					{
						kind: document.kind,
						id: document.id,
						title: document.title,
						href: document.href,
						snippet: highlight({
							text: document[field ?? 'title'],
							terms: result.terms,
							maxWords: 30,
						}),
					},
				];
			});
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
