/**
 * @module instant search in the browser: core's data-free search engine over the prerendered
 * /stories/search.json, indexed for the page's language, so it ranks exactly as core's `search`
 * and the API do (story-search.test.ts)
 */
import {
	analyzeQuery,
	createSearchEngine,
	isLocale,
	MAX_SEARCH_QUERY_LENGTH,
	type QueryAnalysis,
} from '@mgi-stories/core/search';
import type { SearchDocument, SearchKind } from './documents';
import { hitMatch } from './match';
import type { HitMatch } from './match-source';

export interface ClientSearchHit {
	kind: SearchKind;
	id: string;
	title: string;
	href: string;
	/** false when the hit matches only some of the words */
	allWords: boolean;
	/** why it matched: the words shown and where they come from */
	match: HitMatch;
}

/** the page's language (its `lang`): one of core's locales, else English */
type PageLanguage = string | undefined;

export interface StorySearch {
	search: (
		query: string,
		options?: { kinds?: readonly SearchKind[]; locale?: PageLanguage },
	) => ClientSearchHit[];
	/** the words searched for and the stop words left out */
	analyze: (query: string, locale?: PageLanguage) => QueryAnalysis;
}

const localeOf = (language: PageLanguage) => (isLocale(language) ? { locale: language } : {});
const readerLocale = (language: PageLanguage) => (isLocale(language) ? language : 'en');
/** what a search box may hold: core refuses a longer query, and no one searches with one */
const typed = (query: string) => query.slice(0, MAX_SEARCH_QUERY_LENGTH);

/** core's search engine over the prerendered documents: the ranking and snippets are core's own */
export function createSearch(documents: readonly SearchDocument[]): StorySearch {
	const engine = createSearchEngine(documents);
	return {
		search(query, { kinds, locale } = {}) {
			return engine
				.search({
					query: typed(query),
					limit: documents.length || 1,
					...(kinds ? { kinds } : {}),
					...localeOf(locale),
				})
				.map((hit) => ({
					kind: hit.kind,
					id: hit.id,
					title: hit.title,
					href: hit.document.href,
					allWords: hit.allWords,
					match: hitMatch(hit, hit.document, readerLocale(locale)),
				}));
		},
		analyze: (query, locale) => analyzeQuery({ query: typed(query), ...localeOf(locale) }),
	};
}

let loading: Promise<StorySearch> | undefined;

/** Fetches the index once, on first use; each language's index is built from it when first searched. */
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
