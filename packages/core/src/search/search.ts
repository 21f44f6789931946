import MiniSearch from 'minisearch';
import { governments, stories, vocabulary } from '../data.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId, namesOf } from '../governments/name-index.js';
import type { Government } from '../schema/government.js';
import type { Story } from '../schema/story.js';
import { storyCountry } from '../stories/story-country.js';
import { highlight, type TextSegment } from './highlight.js';
import { searchDefaults } from './tokenize.js';

export type SearchKind = 'story' | 'government';

export interface SearchHit {
	kind: SearchKind;
	/** a story's slug, a country's alpha-3 or a local authority's id */
	id: string;
	title: string;
	score: number;
	/** the best-matching text with matched words marked */
	snippet: TextSegment[];
	/** the normalized index terms the query matched */
	terms: string[];
}

interface SearchDocument {
	key: string;
	kind: SearchKind;
	id: string;
	title: string;
	body: string;
	names: string;
	context: string;
}

const SEARCH_FIELDS = ['title', 'names', 'body', 'context'] as const;

function facetLabel(facet: string, value: string): string {
	const values = vocabulary.facets.find((candidate) => candidate.id === facet)?.values;
	return values?.find((candidate) => candidate.id === value)?.label ?? value;
}

function storyDocument(story: Story): SearchDocument {
	const country = storyCountry(story);
	return {
		key: `story:${story.slug}`,
		kind: 'story',
		id: story.slug,
		title: story.heading,
		body: story.text,
		names: namesOf(country).join(' · '),
		context: [
			story.photo?.caption,
			country.region,
			country.subregion,
			country.intermediateRegion,
			...story.tags.map((tag) => facetLabel(tag.facet, tag.value)),
		]
			.filter(Boolean)
			.join(' · '),
	};
}

function governmentDocument(government: Government): SearchDocument {
	const country = countryOf(government);
	const local = government.kind === 'local';
	return {
		key: `government:${governmentId(government)}`,
		kind: 'government',
		id: governmentId(government),
		title: local ? `${government.bookletName}, ${country.bookletName}` : government.bookletName,
		body: '',
		names: namesOf(government).join(' · '),
		context: [
			country.region,
			country.subregion,
			country.intermediateRegion,
			local ? country.bookletName : '',
		]
			.filter(Boolean)
			.join(' · '),
	};
}

let engine: { index: MiniSearch<SearchDocument>; byKey: Map<string, SearchDocument> } | undefined;
function searchEngine() {
	if (engine) return engine;
	const documents = [...stories.map(storyDocument), ...governments.map(governmentDocument)];
	const index = new MiniSearch<SearchDocument>({
		...searchDefaults,
		idField: 'key',
		fields: [...SEARCH_FIELDS],
		searchOptions: {
			...searchDefaults.searchOptions,
			boost: { title: 3, names: 2, body: 1, context: 0.5 },
		},
	});
	index.addAll(documents);
	engine = { index, byKey: new Map(documents.map((document) => [document.key, document])) };
	return engine;
}

/** The field a snippet is cut from: the story text when it matched, else the best field that did. */
function snippetSource(document: SearchDocument, fields: Set<string>): string {
	const field = (['body', 'title', 'names', 'context'] as const).find(
		(candidate) => fields.has(candidate) && document[candidate],
	);
	return document[field ?? 'title'];
}

/**
 * Full-text search over stories and governments: accent-insensitive, prefix and typo tolerant,
 * every word required (falling back to any word when nothing has them all), best first.
 * @example search({ query: 'trafficking' }).map((hit) => hit.id) // ['uruguay', 'sierra-leone']
 */
export function search({
	query,
	kinds = ['story', 'government'],
	limit = 20,
}: {
	query: string;
	kinds?: readonly SearchKind[];
	limit?: number;
}): SearchHit[] {
	const { index, byKey } = searchEngine();
	const filter = (result: { id: string }) =>
		kinds.includes(byKey.get(result.id)?.kind as SearchKind);
	let results = index.search(query, { filter });
	if (results.length === 0) results = index.search(query, { filter, combineWith: 'OR' });
	return results.slice(0, limit).flatMap((result) => {
		const document = byKey.get(result.id);
		if (!document) return [];
		const fields = new Set(Object.values(result.match).flat());
		return [
			{
				kind: document.kind,
				id: document.id,
				title: document.title,
				score: Math.round(result.score * 1000) / 1000,
				snippet: highlight({
					text: snippetSource(document, fields),
					terms: result.terms,
					maxWords: 30,
				}),
				terms: result.terms,
			},
		];
	});
}
