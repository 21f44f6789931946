import { search } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { clientSearchDocuments } from '$lib/server/search-index';
import { createSearch } from './story-search';

const QUERIES = [
	'trafficking',
	'traficking',
	'sao paulo',
	'São Paulo',
	'health',
	'climat',
	'COVID-19',
	'data task force',
	'diaspora labour',
	'global compact',
	'sdg',
	'africa',
	'colombia',
	'moldavia',
	'zzzz',
];

// the API's /v1/search answers with core's `search`: the site's search must rank exactly as it does
describe('the site search and the API search', () => {
	const client = createSearch(clientSearchDocuments());

	it.each(QUERIES)('give the same ranked hits and snippets for %s', (query) => {
		const expected = search({ query, limit: 200 });
		const actual = client.search(query);
		expect(actual.map((hit) => `${hit.kind}:${hit.id}`)).toEqual(
			expected.map((hit) => `${hit.kind}:${hit.id}`),
		);
		expect(actual.map((hit) => hit.snippet)).toEqual(expected.map((hit) => hit.snippet));
	});

	it('searches stories alone', () => {
		const hits = client.search('sierra', { kinds: ['story'] });
		expect(hits.map((hit) => hit.id)).toEqual(['sierra-leone']);
		expect(hits[0]?.href).toBe('/stories/sierra-leone/');
	});
});
