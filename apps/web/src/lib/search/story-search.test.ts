import { LOCALES } from '@mgi-stories/core';
import { search } from '@mgi-stories/core/search';
import { describe, expect, it } from 'vitest';
import { clientSearchDocuments } from '$lib/server/search-index';
import { hitMatch } from './match';
import { createSearch } from './story-search';

const QUERIES = [
	'trafficking',
	'traficking',
	'sao paulo',
	'São Paulo',
	'health',
	'climat',
	'COVID-19',
	'covid19',
	'data task force',
	'diaspora labour',
	'global compact',
	'sdg',
	'SDG 10',
	'Target 10.7',
	'africa',
	'colombia',
	'moldavia',
	'human trafficking',
	'trata de personas',
	'traite des personnes',
	'santé des migrants',
	'salud',
	'women and youth',
	'irregular migration',
	'brain drain',
	'Cote d Ivoire',
	'zzzz',
];

// the API's /v1/search answers with core's `search`: the site's search must rank exactly as it does
describe('the site search and the API search', () => {
	const documents = clientSearchDocuments();
	const client = createSearch(JSON.parse(JSON.stringify(documents)));
	const byKey = new Map(documents.map((document) => [document.key, document]));

	for (const locale of LOCALES) {
		it.each(QUERIES)(`give the same ranked hits and matches in ${locale} for %s`, (query) => {
			const expected = search({ query, locale, limit: 1000 });
			const actual = client.search(query, { locale });
			expect(actual.map((hit) => `${hit.kind}:${hit.id}:${hit.allWords}`)).toEqual(
				expected.map((hit) => `${hit.kind}:${hit.id}:${hit.allWords}`),
			);
			expect(actual.map((hit) => hit.match)).toEqual(
				expected.map((hit) => {
					const document = byKey.get(`${hit.kind}:${hit.id}`);
					return document && hitMatch(hit, document, locale);
				}),
			);
			expect(actual.map((hit) => hit.title)).toEqual(expected.map((hit) => hit.title));
		});
	}

	it('searches stories alone', () => {
		const hits = client.search('sierra', { kinds: ['story'] });
		expect(hits.map((hit) => hit.id)).toEqual(['sierra-leone']);
		expect(hits[0]?.href).toBe('/stories/sierra-leone/');
	});

	it('says which words a query of stop words left out', () => {
		expect(client.search('de la que', { locale: 'es' })).toEqual([]);
		expect(client.analyze('de la que', 'es')).toEqual({ words: [], ignored: ['de', 'la', 'que'] });
	});

	it('searches the first 200 characters of an overlong box rather than failing', () => {
		const long = `trafficking ${'x'.repeat(5000)}`;
		expect(client.search(long).map((hit) => hit.id)).toContain('sierra-leone');
	});
});
