import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { search } from './search.js';

const ids = (query: string, kinds?: ('story' | 'government')[]) =>
	search({ query, ...(kinds ? { kinds } : {}) }).map((hit) => hit.id);

describe('search', () => {
	it('finds stories by words of their text', () => {
		expect(ids('tuberculosis', ['story'])).toEqual(['cambodia']);
		expect(ids('voluntary national review', ['story'])).toEqual(['kuwait']);
	});

	it('ignores accents in both directions', () => {
		expect(ids('sao paulo')).toContain('brazil');
		expect(ids('São Paulo')).toContain('br-sao-paulo');
		expect(ids('cucuta')).toContain('co-cucuta');
	});

	it('matches prefixes', () => {
		expect(ids('reintegr', ['story'])).toEqual(expect.arrayContaining(['albania', 'bangladesh']));
	});

	it('tolerates typos', () => {
		expect(ids('traficking', ['story'])).toEqual(
			expect.arrayContaining(['sierra-leone', 'uruguay']),
		);
		expect(ids('Zimbabew', ['government'])).toContain('ZWE');
	});

	it('finds governments by alternative names', () => {
		expect(ids('Ivory Coast', ['government'])[0]).toBe('CIV');
	});

	it('highlights the matched words in a snippet of the text', () => {
		const [hit] = search({ query: 'tuberculosis OR health', kinds: ['story'] });
		expect(
			hit?.snippet.filter((segment) => segment.highlight).map((segment) => segment.text),
		).toContain('health');
		expect(hit?.snippet.map((segment) => segment.text).join('')).toContain('essential health care');
	});

	it('ranks the best match first and respects the limit', () => {
		const hits = search({ query: 'migration policy', limit: 3 });
		expect(hits).toHaveLength(3);
		expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
	});

	it('finds other forms of a word (English stemming)', () => {
		// Kuwait and Brazil are the stories about ethical recruitment
		expect(ids('recruiting', ['story']).sort()).toEqual(['brazil', 'kuwait']);
		expect(ids('recruited', ['story']).sort()).toEqual(['brazil', 'kuwait']);
		const [hit] = search({ query: 'recruiting', kinds: ['story'] });
		expect(hit?.snippet.filter((segment) => segment.highlight).map((s) => s.text)).toEqual([
			'recruitment',
		]);
	});

	it('finds a tag by the abbreviation the vocabulary defines for its facet', () => {
		const tagged = stories
			.filter((story) => story.tags.some((tag) => tag.facet === 'gcmObjective'))
			.map((story) => story.slug)
			.sort();
		expect(tagged.length).toBeGreaterThan(0);
		expect(ids('gcm', ['story']).sort()).toEqual(tagged);
		const [hit] = search({ query: 'gcm', kinds: ['story'] });
		expect(hit?.snippet.some((segment) => segment.highlight && segment.text === 'GCM')).toBe(true);
	});

	it('returns nothing for a query that matches nothing', () => {
		expect(search({ query: 'xylophone' })).toEqual([]);
	});
});
