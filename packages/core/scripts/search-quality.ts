/**
 * @module the quality of story search on the judged queries (bench/search-judgments.json), per
 * language: recall@10, mean reciprocal rank and nDCG@5 with graded relevance. Run by `pnpm bench`
 * and checked against the targets by search-quality.test.ts.
 */
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../src/i18n/locale.js';

export interface JudgedQuery {
	query: string;
	/** what the query tries: a theme, a place, a number, a typo, stop words, another language */
	kind: string;
	/** story slug → grade (3 about it, 2 says it plainly, 1 mentions it); any other story is irrelevant */
	relevant: Record<string, number>;
}

export interface Judgments {
	targets: { recallAt10: number; mrr: number };
	/** a language added to `LOCALES` has none until someone judges its queries */
	queries: Partial<Record<Locale, JudgedQuery[]>>;
}

export const judgments = (): Judgments =>
	JSON.parse(
		readFileSync(new URL('../bench/search-judgments.json', import.meta.url), 'utf8'),
	) as Judgments;

export interface QueryScore {
	query: string;
	recallAt10: number;
	reciprocalRank: number;
	ndcgAt5: number;
	/** the first hit is a story the judgments call irrelevant */
	irrelevantFirst: boolean;
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: readonly number[]) =>
	grades.reduce((sum, grade, at) => sum + gain(grade) / Math.log2(at + 2), 0);

/** Scores one query's ranked story slugs against its judgments. */
export function scoreQuery(judged: JudgedQuery, ranked: readonly string[]): QueryScore {
	const grade = (slug: string) => judged.relevant[slug] ?? 0;
	const relevant = Object.keys(judged.relevant);
	const firstRelevant = ranked.findIndex((slug) => grade(slug) > 0);
	const ideal = Object.values(judged.relevant).sort((a, b) => b - a);
	return {
		query: judged.query,
		recallAt10: ranked.slice(0, 10).filter((slug) => grade(slug) > 0).length / relevant.length,
		reciprocalRank: firstRelevant < 0 ? 0 : 1 / (firstRelevant + 1),
		ndcgAt5: dcg(ranked.slice(0, 5).map(grade)) / dcg(ideal.slice(0, 5)),
		irrelevantFirst: ranked.length > 0 && grade(ranked[0] ?? '') === 0,
	};
}

export interface LocaleQuality {
	locale: Locale;
	queries: number;
	recallAt10: number;
	mrr: number;
	ndcgAt5: number;
	/** the queries below a target or with an irrelevant first hit */
	misses: QueryScore[];
}

const mean = (values: readonly number[]) =>
	values.reduce((sum, value) => sum + value, 0) / values.length;

export interface SearchQuality {
	/** the languages with judged queries, each measured */
	measured: LocaleQuality[];
	/** the languages without any judged query: nothing to measure, reported rather than averaged */
	unjudged: Locale[];
}

/** Every judged locale's quality, given a search returning ranked story slugs. */
export function measureQuality(
	rankStories: (query: string, locale: Locale) => string[],
	{ targets, queries } = judgments(),
): SearchQuality {
	const judged = LOCALES.filter((locale) => (queries[locale]?.length ?? 0) > 0);
	const measured = judged.map((locale): LocaleQuality => {
		const scores = (queries[locale] ?? []).map((query) =>
			scoreQuery(query, rankStories(query.query, locale)),
		);
		return {
			locale,
			queries: scores.length,
			recallAt10: mean(scores.map((score) => score.recallAt10)),
			mrr: mean(scores.map((score) => score.reciprocalRank)),
			ndcgAt5: mean(scores.map((score) => score.ndcgAt5)),
			misses: scores.filter(
				(score) =>
					score.recallAt10 < targets.recallAt10 ||
					score.reciprocalRank < targets.mrr ||
					score.irrelevantFirst,
			),
		};
	});
	return { measured, unjudged: LOCALES.filter((locale) => !judged.includes(locale)) };
}
