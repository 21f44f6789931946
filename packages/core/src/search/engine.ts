/**
 * @module the search engine, free of data: give it documents (built by `searchDocuments()` at build
 * time, or fetched as JSON in a browser) and it ranks them exactly as core's own `search()` does
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { checkOptions } from '../arguments.js';
import { ArgumentError } from '../errors.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { GovernmentId, StorySlug } from '../types.js';
import { type Analyzer, analyzerFor, tokenize } from './analysis.js';
import { type QueryWord, Vocabulary } from './expand.js';
import { highlight, type TextSegment } from './highlight.js';

/** What search finds: stories and participating governments. */
export const SEARCH_KINDS = ['story', 'government'] as const;
/** One of `SEARCH_KINDS`. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The id of what the dataset's search finds: a story's slug or a government's id. */
export type SearchId = StorySlug | GovernmentId;

/** What the engine indexes of a story or a government (`Id`: the dataset's ids by default). */
export interface SearchDocument<Id extends string = SearchId> {
	/** unique across kinds: `story:<slug>` or `government:<id>` */
	key: string;
	kind: SearchKind;
	/** a story's slug, a country's alpha-3 or a local authority's id */
	id: Id;
	/** the heading or the name, in English */
	title: string;
	/** the name in other languages, where it has one of its own */
	titles: Partial<Record<Locale, string>>;
	/** every name of the country or place, in every language */
	names: string;
	/** the story's tags (labels, our synonyms) and its regions, by language */
	labels: TextsByLanguage;
	/** the story's text, as the booklet prints it */
	body: string;
	/** the caption of the story's photo, as the booklet prints it */
	caption: string;
	/** the vocabulary's words for the themes the story's own words name, by language */
	mentions: TextsByLanguage;
}

/**
 * Text in each language it is written in. A locale's index reads its language's and English's, each
 * word stemmed in both: never a Spanish stem of a French word (“fondos” is not « fondé »).
 */
export type TextsByLanguage = Partial<Record<Locale, string>>;

/** A ranked hit of a search (`Id`: the dataset's ids by default). */
export interface SearchHit<Id extends string = SearchId> {
	kind: SearchKind;
	/** a story's slug, a country's alpha-3 or a local authority's id */
	id: Id;
	/** the heading or the name, in the locale */
	title: string;
	score: number;
	/** false when the hit matches only some of the query's words (it then follows every hit that matches them all) */
	allWords: boolean;
	/** a passage of the story's text, or the name, with matched words marked */
	snippet: TextSegment[];
	/** the index terms the query matched (folded, as written or stemmed) */
	terms: string[];
}

/** A hit of the dataset's `search()`: `kind` says whether `id` is a story's slug or a government's id. */
export type DatasetSearchHit =
	| (SearchHit<StorySlug> & { kind: 'story' })
	| (SearchHit<GovernmentId> & { kind: 'government' });

/** The options of `search` and of an engine's `search`. */
export interface SearchOptions {
	/** at most 200 characters */
	query: string;
	/** the reader's language: its words, stems and stop words, and English ones; English by default */
	locale?: Locale | undefined;
	/** which kinds of documents to return; both by default */
	kinds?: readonly SearchKind[] | undefined;
	/** at most this many hits (1–1000); 20 by default */
	limit?: number | undefined;
}

/** What a query searches for: its words, and the stop words it leaves out. */
export interface QueryAnalysis {
	words: string[];
	ignored: string[];
}

/** A search engine over a set of documents (`createSearchEngine`). */
export interface SearchEngine<Document extends SearchDocument<string> = SearchDocument> {
	/** ranked hits, each with the document it matched */
	search(options: SearchOptions): (SearchHit<Document['id']> & { document: Document })[];
}

/** The most hits a search returns. */
export const MAX_SEARCH_LIMIT = 1000;
/** country and title first, then tag labels, then the story's text, then its caption and the themes it names */
const BOOST = { title: 3, names: 2.5, labels: 1.5, body: 1, caption: 0.5, mentions: 0.5 } as const;
/** the fields whose text is given by language (`TextsByLanguage`) */
const BY_LANGUAGE = ['labels', 'mentions'] as const;
/** the fields of names, in many languages, which every reader reads */
const NAMES: ReadonlySet<string> = new Set(['title', 'names']);
/**
 * A locale's index's fields: a field by language is indexed as one field per language
 * (`labels.fr`), so that each text is stemmed in its own language alone: English's and the
 * reader's (the English index, the booklet's language, has all three, for a reader who searches in
 * French or Spanish). The booklet's text and caption are English, and names (proper names, in many
 * languages) are matched as written or by an English stem.
 */
const fieldsOf = (locale: Locale) =>
	(Object.keys(BOOST) as (keyof typeof BOOST)[]).flatMap((field) =>
		(BY_LANGUAGE as readonly string[]).includes(field)
			? LOCALES.filter(
					(language) => locale === 'en' || language === 'en' || language === locale,
				).map((language) => `${field}.${language}`)
			: [field],
	);
/** a field's boost: its base field's */
const boostOf = (field: string) => BOOST[field.split('.')[0] as keyof typeof BOOST];
/** the language a field's words are stemmed in: its text's, English for the booklet's words and names */
const languageOf = (field: string): Locale => {
	const [, locale] = field.split('.');
	return LOCALES.find((each) => each === locale) ?? 'en';
};
/** ranked hit lists remembered per engine, by locale and analyzed query */
const MAX_CACHED_QUERIES = 500;

/** Checks search options at the boundary (shared by `search()` and every engine). */
/** The longest query search takes: a longer one is no search a person types, and costs more than it finds. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

export function checkSearchOptions(fn: string, options: unknown): Required<SearchOptions> {
	const args = checkOptions(fn, options, ['query', 'locale', 'kinds', 'limit'], {
		primary: 'query',
	});
	const query = args.string('query');
	if (query.length > MAX_SEARCH_QUERY_LENGTH) {
		throw new ArgumentError(
			fn,
			'query',
			`a string of at most ${MAX_SEARCH_QUERY_LENGTH} characters`,
			query,
			`got ${query.length} characters`,
		);
	}
	return {
		query,
		locale: args.locale(),
		kinds: args.optionalListOf('kinds', SEARCH_KINDS) ?? SEARCH_KINDS,
		limit: args.optionalInteger('limit', { min: 1, max: MAX_SEARCH_LIMIT }) ?? 20,
	};
}

/**
 * The words of a query that search looks for, and the stop words it ignores: a query of stop words
 * alone searches for nothing.
 * @example analyzeQuery({ query: 'trata de personas', locale: 'es' }) // { words: ['trata', 'personas'], ignored: ['de'] }
 */
export function analyzeQuery(options: {
	query: string;
	locale?: Locale | undefined;
}): QueryAnalysis {
	const { query, locale } = checkSearchOptions('analyzeQuery', options);
	const analyzer = analyzerFor(locale);
	const words = tokenize(query);
	return {
		words: words.filter((word) => !analyzer.isStopWord(word)),
		ignored: words.filter((word) => analyzer.isStopWord(word)),
	};
}

interface Ranked {
	key: string;
	score: number;
	allWords: boolean;
	terms: string[];
}

interface LocaleIndex {
	analyzer: Analyzer;
	index: MiniSearch;
	vocabulary: Vocabulary;
	cache: Map<string, Ranked[]>;
}

/** MiniSearch's options for a locale, the same to build an index and to load a serialized one. */
function indexOptions(
	analyzer: Analyzer,
	onTerm: (term: string, field: string) => void = () => {},
): Options<SearchDocument<string>> {
	return {
		idField: 'key',
		fields: fieldsOf(analyzer.locale),
		extractField: (document, field) => {
			const [base, locale] = field.split('.') as [keyof SearchDocument<string>, Locale?];
			if (base === 'title') {
				return [document.title, ...Object.values(document.titles ?? {})].join(' · ');
			}
			if (base === 'labels' || base === 'mentions') return (locale && document[base][locale]) ?? '';
			return String(document[base] ?? '');
		},
		tokenize,
		processTerm: (word, field) => {
			const forms = analyzerFor(analyzer.locale, languageOf(field ?? '')).forms(word);
			for (const form of forms) onTerm(form, field ?? '');
			return forms;
		},
		searchOptions: {
			tokenize: (term) => [term],
			processTerm: (term) => term,
			boost: Object.fromEntries(fieldsOf(analyzer.locale).map((field) => [field, boostOf(field)])),
		},
	};
}

/**
 * Whether a reader of `locale` reads a field's words: names and titles, and the texts in the
 * reader's language. A typo is read as one of these words only: a French « police » is no typo for
 * the booklet's "policy", nor a Spanish “donantes” for the French « données ».
 */
const readsField = (locale: Locale, field: string) =>
	NAMES.has(field) || languageOf(field) === locale;

function buildIndex(documents: readonly SearchDocument<string>[], locale: Locale): LocaleIndex {
	const analyzer = analyzerFor(locale);
	const terms = new Set<string>();
	const readerTerms = new Set<string>();
	const index = new MiniSearch<SearchDocument<string>>(
		indexOptions(analyzer, (term, field) => {
			terms.add(term);
			if (readsField(locale, field)) readerTerms.add(term);
		}),
	);
	index.addAll(documents);
	return { analyzer, index, vocabulary: new Vocabulary(terms, readerTerms), cache: new Map() };
}

/** A term's postings as MiniSearch keeps them: by field, each document's count of the term. */
type Postings = Map<number, Map<number, number>>;

/**
 * A serialized index's terms, each turned into MiniSearch's postings when a query first gets it.
 * MiniSearch's own loader inserts all of a locale's ~2,000 terms into its radix tree, most of the
 * first search's time; the engine asks its index for whole terms only (`rank`: `Vocabulary` has
 * expanded prefixes and typos already), which need a map, not a tree.
 */
class SerializedTerms {
	readonly #serialized: Map<string, AsPlainObject['index'][number][1]>;
	readonly #postings = new Map<string, Postings>();
	constructor(index: AsPlainObject['index']) {
		this.#serialized = new Map(index);
	}

	get(term: string): Postings | undefined {
		let postings = this.#postings.get(term);
		const fields = postings ? undefined : this.#serialized.get(term);
		if (fields) {
			postings = new Map(
				Object.entries(fields).map(([field, counts]) => [
					Number(field),
					new Map(Object.entries(counts).map(([id, count]) => [Number(id), count])),
				]),
			);
			this.#postings.set(term, postings);
		}
		return postings;
	}
}

/**
 * An index serialized at build (`serializeIndex`): loaded, not built, its terms read on first use
 * (`SerializedTerms`); its terms are its vocabulary.
 */
function loadIndex(serialized: AsPlainObject, locale: Locale): LocaleIndex {
	const analyzer = analyzerFor(locale);
	const index = MiniSearch.loadJS<SearchDocument<string>>(
		{ ...serialized, index: [] },
		indexOptions(analyzer),
	);
	// MiniSearch's term store (private, read by its search through `get` alone for whole terms)
	(index as unknown as { _index: SerializedTerms })._index = new SerializedTerms(serialized.index);
	const terms = serialized.index.map(([term]) => term);
	const readIds = new Set(
		Object.entries(serialized.fieldIds)
			.filter(([field]) => readsField(locale, field))
			.map(([, id]) => String(id)),
	);
	const readerTerms = serialized.index
		.filter(([, fields]) => Object.keys(fields).some((id) => readIds.has(id)))
		.map(([term]) => term);
	return { analyzer, index, vocabulary: new Vocabulary(terms, readerTerms), cache: new Map() };
}

/**
 * A locale's index of documents as plain data, to ship prebuilt (internal: the build serializes the
 * dataset's, which `search()` loads instead of indexing the documents on its first call).
 */
export function serializeIndex(
	documents: readonly SearchDocument<string>[],
	locale: Locale,
): AsPlainObject {
	return buildIndex(documents, locale).index.toJSON();
}

/** every hit that matches all the words, best first, then those matching fewer, best first */
function rank(index: MiniSearch, words: readonly QueryWord[]): Ranked[] {
	const weights = new Map<string, number>();
	for (const { terms } of words) {
		for (const [term, weight] of terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
	}
	if (weights.size === 0) return [];
	const results = index.search(
		{ combineWith: 'OR', queries: [...weights.keys()] },
		{ boostTerm: (term) => weights.get(term) ?? 1 },
	);
	return results
		.map((result) => {
			const matched = words.filter(({ terms }) => result.terms.some((term) => terms.has(term)));
			return {
				key: String(result.id),
				score: Math.round(result.score * 1000) / 1000,
				allWords: matched.length === words.length,
				matched: matched.length,
				terms: result.terms,
			};
		})
		.sort((a, b) => b.matched - a.matched || b.score - a.score || (a.key < b.key ? -1 : 1))
		.map(({ matched: _matched, ...ranked }) => ranked);
}

/** the snippet: a passage of the story's text, or the government name that matched best */
function snippetOf(
	document: SearchDocument<string>,
	title: string,
	terms: readonly string[],
	locale: Locale,
) {
	if (document.kind === 'story') {
		return document.body
			? highlight({ text: document.body, terms, maxWords: 30, locale, language: 'en' })
			: highlight({ text: title, terms, locale });
	}
	const wanted = new Set(terms);
	const names = [title, ...document.names.split(' · ')];
	const analyzer = analyzerFor(locale);
	const hits = (name: string) =>
		tokenize(name).filter((word) => analyzer.forms(word).some((form) => wanted.has(form))).length;
	const best = names.reduce((chosen, name) => (hits(name) > hits(chosen) ? name : chosen), title);
	return highlight({ text: best, terms, locale });
}

/**
 * Indexes documents for full-text search in English, French and Spanish: stop words dropped,
 * stemmed in the reader's language and English, typo tolerant where nothing matches as typed, BM25
 * with field boosts; hits that match every word first, then those matching some.
 * @example createSearchEngine(documents).search({ query: 'trata de personas', locale: 'es' })
 */
export function createSearchEngine<Document extends SearchDocument<string>>(
	documents: readonly Document[],
): SearchEngine<Document> {
	let byKey: Map<string, Document> | undefined;
	return engineOf(
		{
			all: () => documents,
			byKey: (key) => {
				byKey ??= new Map(documents.map((document) => [document.key, document]));
				return byKey.get(key);
			},
		},
		{},
	);
}

/**
 * Where an engine gets its documents: all of them to index a locale, or one by its key to show a
 * hit (so an engine whose indexes were built beforehand makes only the documents it shows).
 */
export interface DocumentSource<Document> {
	all(): readonly Document[];
	byKey(key: string): Document | undefined;
}

/**
 * The engine over `documents`, with the indexes of some locales serialized beforehand as JSON text
 * (internal: `search()` passes the dataset's, prebuilt at build, each parsed by the first search in
 * its locale; any other locale is indexed on first use).
 */
export function engineOf<Document extends SearchDocument<string>>(
	documents: DocumentSource<Document>,
	prebuilt: Partial<Record<Locale, string>>,
): SearchEngine<Document> {
	const indexes = new Map<Locale, LocaleIndex>();
	const indexFor = (locale: Locale) => {
		let built = indexes.get(locale);
		if (!built) {
			const serialized = prebuilt[locale];
			built = serialized
				? loadIndex(JSON.parse(serialized), locale)
				: buildIndex(documents.all(), locale);
			indexes.set(locale, built);
		}
		return built;
	};
	return {
		search(options) {
			const { query, locale, kinds, limit } = checkSearchOptions('search', options);
			const { analyzer, index, vocabulary, cache } = indexFor(locale);
			const words = tokenize(query)
				.filter((word) => !analyzer.isStopWord(word))
				.map((word) => vocabulary.expand(word, analyzer));
			// the same words find the same hits, whatever their case, accents, stop words or paging
			const key = words.map(({ terms }) => [...terms.keys()].join('+') || '∅').join(' ');
			let ranked = cache.get(key);
			if (!ranked) {
				ranked = rank(index, words);
				if (cache.size >= MAX_CACHED_QUERIES) cache.delete(cache.keys().next().value ?? '');
				cache.set(key, ranked);
			}
			const hits: (SearchHit<Document['id']> & { document: Document })[] = [];
			for (const { key: documentKey, score, allWords, terms } of ranked) {
				if (hits.length >= limit) break;
				const document = documents.byKey(documentKey);
				if (!document || !kinds.includes(document.kind)) continue;
				const title = document.titles?.[locale] ?? document.title;
				hits.push({
					kind: document.kind,
					id: document.id,
					title,
					score,
					allWords,
					snippet: snippetOf(document, title, terms, locale),
					terms,
					document,
				});
			}
			return hits;
		},
	};
}
