import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { searchDocuments } from './documents.js';
import { analyzeQuery, createSearchEngine } from './engine.js';
import { search } from './search.js';

type Locale = 'en' | 'fr' | 'es';
const ids = (query: string, locale: Locale = 'en', kinds?: ('story' | 'government')[]) =>
	search({ query, locale, ...(kinds ? { kinds } : {}) }).map((hit) => hit.id);
const storyIds = (query: string, locale: Locale = 'en') => ids(query, locale, ['story']);

// the examples of issue 16, each with the answer a reader means
describe('search finds what people mean', () => {
	it('drops stop words instead of prefix-matching them', () => {
		expect(storyIds('trata de personas', 'es').slice(0, 2).sort()).toEqual([
			'sierra-leone',
			'uruguay',
		]);
		expect(storyIds('traite des personnes', 'fr').slice(0, 2).sort()).toEqual([
			'sierra-leone',
			'uruguay',
		]);
		expect(ids('santé des migrants', 'fr')[0]).toBe('cambodia');
		expect(ids('women and youth')[0]).toBe('guinea-bissau');
		expect(ids('women and youth')).not.toContain('TTO');
	});

	it('reaches no unrelated word by typo tolerance', () => {
		const irregular = search({ query: 'irregular migration', kinds: ['story'] });
		expect(irregular.filter((hit) => hit.allWords).map((hit) => hit.id)).toEqual(['albania']);
		expect(storyIds('brain drain')).toEqual(['kazakhstan']);
		expect(search({ query: 'youth' }).flatMap((hit) => hit.terms)).not.toContain('south');
	});

	it('makes covid19, covid-19 and COVID 19 equal', () => {
		expect(storyIds('covid19')[0]).toBe('ireland');
		expect(storyIds('COVID 19')).toEqual(storyIds('covid-19'));
		expect(storyIds('covid19')).toEqual(storyIds('covid-19'));
	});

	it('finds Trafficking in Persons for human trafficking', () => {
		expect(storyIds('human trafficking').slice(0, 2).sort()).toEqual(['sierra-leone', 'uruguay']);
	});

	it('finds themes in French and Spanish, not names that start alike', () => {
		expect(storyIds('santé', 'fr').slice(0, 2)).toEqual(['cambodia', 'ireland']);
		expect(ids('santé', 'fr')).not.toContain('cr-san-jose');
		expect(storyIds('salud', 'es').slice(0, 2)).toEqual(['cambodia', 'ireland']);
		expect(storyIds('trata', 'es').slice(0, 2).sort()).toEqual(['sierra-leone', 'uruguay']);
	});

	it('finds Côte d’Ivoire alone for “Cote d Ivoire”', () => {
		expect(ids('Cote d Ivoire')).toEqual(['CIV']);
	});

	it('answers a query of stop words with nothing, and says which words it ignored', () => {
		expect(search({ query: 'the and of' })).toEqual([]);
		expect(search({ query: 'de la que', locale: 'es' })).toEqual([]);
		expect(analyzeQuery({ query: 'trata de personas', locale: 'es' })).toEqual({
			words: ['trata', 'personas'],
			ignored: ['de'],
		});
	});

	it('puts hits matching every word first and marks the others', () => {
		const hits = search({ query: 'human trafficking', kinds: ['story'] });
		const firstPartial = hits.findIndex((hit) => !hit.allWords);
		expect(firstPartial).toBeGreaterThan(0);
		expect(hits.slice(firstPartial).every((hit) => !hit.allWords)).toBe(true);
	});

	it('cuts snippets from the story’s text or the name, never from index fields', () => {
		for (const hit of search({ query: 'europe', limit: 100 })) {
			const text = hit.snippet.map((segment) => segment.text).join('');
			expect(text).not.toContain('Northern Europe');
			expect(text).not.toContain('Outcome:');
		}
		const [story] = search({ query: 'salud', locale: 'es', kinds: ['story'] });
		const text = story?.snippet.map((segment) => segment.text).join('') ?? '';
		expect(stories.find((candidate) => candidate.slug === story?.id)?.text).toContain(
			text.replace(/…/g, '').slice(0, 40),
		);
	});

	it('names governments in the reader’s language', () => {
		expect(search({ query: 'Allemagne', locale: 'fr' })[0]?.title).toBe('Allemagne');
		expect(search({ query: 'Germany', locale: 'es' })[0]?.title).toBe('Alemania');
	});

	it('titles a local authority as the site labels it, its country in brackets, in the reader’s language', () => {
		const title = (query: string, locale: 'en' | 'fr' | 'es') =>
			search({ query, locale, kinds: ['government'] })[0]?.title;
		expect(title('montreal', 'en')).toBe('Montreal (Canada)');
		expect(title('montreal', 'fr')).toBe('Montréal (Canada)');
		expect(title('montreal', 'es')).toBe('Montreal (Canadá)');
		expect(title('sao paulo', 'fr')).toBe('São Paulo (Brésil)');
	});
});

describe('search', () => {
	it('finds stories by words of their text', () => {
		expect(storyIds('tuberculosis')).toEqual(['cambodia']);
		expect(storyIds('voluntary national review')[0]).toBe('kuwait');
	});

	it('ignores accents in both directions', () => {
		expect(ids('sao paulo')).toContain('brazil');
		expect(ids('São Paulo')).toContain('br-sao-paulo');
		expect(ids('cucuta')).toContain('co-cucuta');
	});

	it('matches prefixes of four letters or more', () => {
		expect(storyIds('reintegr')).toEqual(expect.arrayContaining(['albania', 'bangladesh']));
	});

	it('tolerates typos where nothing matches as typed', () => {
		expect(storyIds('traficking').sort()).toEqual(['sierra-leone', 'uruguay']);
		expect(ids('Zimbabew', 'en', ['government'])).toContain('ZWE');
	});

	it('finds governments by alternative names', () => {
		expect(ids('Ivory Coast', 'en', ['government'])[0]).toBe('CIV');
	});

	it('finds other forms of a word (English stemming)', () => {
		expect(storyIds('recruiting').slice(0, 2).sort()).toEqual(['brazil', 'kuwait'].sort());
		const [hit] = search({ query: 'recruiting', kinds: ['story'] });
		expect(hit?.snippet.filter((segment) => segment.highlight).map((s) => s.text)).toEqual([
			'recruitment',
		]);
	});

	it('finds a tag by the abbreviation the vocabulary defines for it (and our synonyms)', () => {
		const tagged = stories
			.filter((story) =>
				story.tags.some(
					(tag) => tag.facet === 'gcmObjective' || tag.value === 'global-compact-for-migration',
				),
			)
			.map((story) => story.slug)
			.sort();
		expect(tagged.length).toBeGreaterThan(0);
		expect(storyIds('gcm').sort()).toEqual(tagged);
	});

	it('ranks the best match first and respects the limit', () => {
		const hits = search({ query: 'migration policy', limit: 3 });
		expect(hits).toHaveLength(3);
		expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
	});

	it('returns nothing for a query that matches nothing', () => {
		expect(search({ query: 'xylophone' })).toEqual([]);
	});

	it('gives the same hits whatever the limit (one cached ranking per query)', () => {
		const all = search({ query: 'migration', limit: 1000 });
		expect(search({ query: 'MIGRATION', limit: 5 })).toEqual(all.slice(0, 5));
	});

	it('names a bad locale', () => {
		// @ts-expect-error: not a locale
		expect(() => search({ query: 'x', locale: 'de' })).toThrow(
			'search: locale must be one of "en", "fr", "es"; got "de"',
		);
	});

	it('refuses a query longer than a person types, naming its length, before spending any work on it', () => {
		const long = 'x'.repeat(20_000);
		expect(() => search({ query: long })).toThrow(
			'search: query must be a string of at most 200 characters; got 20000 characters',
		);
		expect(() => analyzeQuery({ query: long })).toThrow(
			/^analyzeQuery: query must be a string of at most 200/,
		);
		expect(search({ query: 'migration '.repeat(20).trim() }).length).toBeGreaterThan(0);
	});

	it.each([
		['réinsertion', 'fr', ['bangladesh', 'albania']],
		['reinserción', 'es', ['bangladesh', 'albania']],
		['commerçants transfrontaliers', 'fr', ['zambia']],
		['oficina nacional de estadística', 'es', ['dominican-republic']],
		['collectivités territoriales', 'fr', ['brazil']],
	] as const)('finds what the review could not: %s (%s)', (query, locale, expected) => {
		const found = search({ query, locale, kinds: ['story'] }).filter((hit) => hit.allWords);
		expect(found.map((hit) => hit.id)).toEqual(expected);
	});
});

describe('search over the prebuilt indexes', () => {
	const built = createSearchEngine(searchDocuments());
	it.each([
		['tuberculosis', 'en'],
		['santé des migrants', 'fr'],
		['trata de personas', 'es'],
		['Moldavie', 'fr'],
		['traficking', 'en'],
	] as const)(
		'finds for %s (%s) exactly what an engine indexing searchDocuments() finds',
		(query, locale) => {
			const strip = (hits: { document?: unknown }[]) =>
				hits.map(({ document: _document, ...hit }) => hit);
			expect(search({ query, locale })).toEqual(strip(built.search({ query, locale })));
		},
	);
});
