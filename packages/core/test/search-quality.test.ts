import { describe, expect, it } from 'vitest';
import { judgments, measureQuality } from '../scripts/search-quality.js';
import { search } from '../src/search/search.js';

const rankStories = (query: string, locale: 'en' | 'fr' | 'es') =>
	search({ query, locale, kinds: ['story'], limit: 19 }).map((hit) => hit.id);

describe('story search on the judged queries', () => {
	const { targets, queries } = judgments();

	it('has at least 30 judged queries per language, 90 in all', () => {
		const counts = Object.values(queries).map((list) => list.length);
		expect(Math.min(...counts)).toBeGreaterThanOrEqual(30);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(90);
	});

	const quality = measureQuality(rankStories);

	it('judges queries in every language', () => {
		expect(quality.unjudged).toEqual([]);
	});

	it.each(quality.measured)(
		'meets the targets in $locale: recall@10, MRR, and no irrelevant first hit',
		(quality) => {
			expect(quality.misses).toEqual([]);
			expect(quality.recallAt10).toBeGreaterThanOrEqual(targets.recallAt10);
			expect(quality.mrr).toBeGreaterThanOrEqual(targets.mrr);
		},
	);

	it('reports a language without judged queries instead of failing to measure it', () => {
		const ranked: string[] = [];
		const { en } = queries;
		const partial = measureQuality(
			(query, locale) => {
				ranked.push(`${locale}:${query}`);
				return rankStories(query, locale);
			},
			{ targets, queries: { en } },
		);
		expect(partial.unjudged).toEqual(['fr', 'es']);
		expect(partial.measured.map((row) => [row.locale, row.queries])).toEqual([['en', en?.length]]);
		expect(ranked.every((query) => query.startsWith('en:'))).toBe(true);
	});
});
