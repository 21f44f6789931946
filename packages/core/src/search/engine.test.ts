import { describe, expect, it } from 'vitest';
import { searchDocuments } from './documents.js';
import { createSearchEngine, type SearchDocument } from './engine.js';
import { search } from './search.js';

const QUERIES = ['trafficking', 'traficking', 'São Paulo', 'climat', 'data task force', 'zzzz'];

describe('createSearchEngine', () => {
	const documents = searchDocuments();

	it.each(QUERIES)('ranks prebuilt documents for %s exactly as search() does', (query) => {
		// a round trip through JSON, as a browser receives the documents
		const engine = createSearchEngine(JSON.parse(JSON.stringify(documents)) as SearchDocument[]);
		const hits = engine.search({ query, limit: 200 }).map(({ document: _d, ...hit }) => hit);
		expect(hits).toEqual(search({ query, limit: 200 }));
	});

	it('returns each hit with its document, so callers can carry their own fields', () => {
		const engine = createSearchEngine(
			documents.map((document) => ({ ...document, href: `/${document.key}` })),
		);
		const [hit] = engine.search({ query: 'tuberculosis', kinds: ['story'] });
		expect(hit?.document.href).toBe('/story:cambodia');
	});

	it('searches any documents, not only the dataset', () => {
		const engine = createSearchEngine([
			{
				key: 'story:a',
				kind: 'story',
				id: 'a',
				title: 'Café',
				body: 'Über alles',
				names: '',
				titles: {},
				labels: {},
				caption: '',
				mentions: {},
			},
		]);
		expect(engine.search({ query: 'uber' }).map((hit) => hit.id)).toEqual(['a']);
		expect(engine.search({ query: 'cafe', kinds: ['government'] })).toEqual([]);
	});
});

describe('search arguments', () => {
	it('names a bad limit and its range', () => {
		expect(() => search({ query: 'health', limit: -1 })).toThrow(
			'search: limit must be an integer from 1 to 1000; got number -1',
		);
	});

	it('names a bad kind and the kinds', () => {
		// @ts-expect-error: not a kind
		expect(() => search({ query: 'health', kinds: ['page'] })).toThrow(
			'search: kinds must be one of "story", "government"; got "page"',
		);
	});

	it('asks for one options object', () => {
		// @ts-expect-error: a bare string
		expect(() => search('health')).toThrow(
			'search: options must be one options object { query, locale, kinds, limit }; got "health"',
		);
		// @ts-expect-error: no query
		expect(() => search({})).toThrow('search: query must be a string; got undefined');
	});
});

describe('stemming', () => {
	it('matches a stemmed query word as a whole stem, never as a prefix of another word', () => {
		const document = (key: string, body: string): SearchDocument<string> => ({
			key: `story:${key}`,
			kind: 'story',
			id: key,
			title: key,
			body,
			names: '',
			titles: {},
			labels: {},
			caption: '',
			mentions: {},
		});
		const engine = createSearchEngine([
			document('statelessness', 'a convention on statelessness'),
			document('statement', 'the statement of the ministry'),
			document('states', 'as the report states'),
		]);
		const found = (query: string) => engine.search({ query }).map((hit) => hit.id);
		// "stating" and "stated" stem to "state": the stem alone, not statelessness or statement
		expect(found('stating')).toEqual(['states']);
		expect(found('stated')).toEqual(['states']);
		// a word as typed still matches as a prefix
		expect(found('stateles')).toContain('statelessness');
	});
});
