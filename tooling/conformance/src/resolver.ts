/**
 * @module the resolver's conformance: the fixture table of real-world name variants
 * (fixtures/resolver-variants.json) and the answers to bad input, run against every surface that
 * resolves names. A surface answers in core's `Resolution` shape (extra fields are ignored), or
 * rejects the query (core's CoreError, the API's 400 problem+json); any other failure fails the suite.
 * Imported as `@mgi-stories/conformance/resolver`: it loads the fixture table when imported, which
 * surfaces that do not resolve names need not do.
 */
import { describe, expect, it } from 'vitest';
import {
	confidentFalseParticipant,
	type ResolverAnswer,
	type ResolverReply,
	type ResolverSurface,
	resolverVariants,
} from './resolver-fixture.js';

export * from './resolver-fixture.js';

/** Input that must be rejected or get no candidates, never a 5xx or a confident match. */
export const BAD_QUERIES: readonly [string, string][] = [
	['empty', ''],
	['blank', '   '],
	['only punctuation', '!!! ... ???'],
	['only dashes and dots', '—·—'],
	['emoji', '🙂🙂🙂'],
	['5,000 characters', 'Moldova '.repeat(625)],
	['201 characters', 'x'.repeat(201)],
	['mixed scripts', '中国China'],
	['mixed scripts, two names', 'Россия France'],
	['markup', '<script>alert(1)</script>'],
	['SQL', "' OR 1=1 --"],
];

const MIN_SCORE = 0.7;

function answered(reply: ResolverReply, query: string): ResolverAnswer {
	if ('rejected' in reply) throw new Error(`"${query}" was rejected: ${reply.rejected}`);
	return reply;
}

function describeAnswer({ status, ambiguous, candidates }: ResolverAnswer) {
	return { status, ambiguous, ids: candidates.map((candidate) => candidate.id) };
}

/** Registers the resolver suite for one surface (call it at the top level of a vitest file). */
export function runResolverConformance(surface: ResolverSurface): void {
	describe(`resolver conformance: ${surface.name}`, () => {
		it('has a fixture table of at least 500 distinct variants', () => {
			const queries = resolverVariants.map((variant) => variant.query);
			expect(queries.length).toBeGreaterThanOrEqual(500);
			expect(new Set(queries).size).toBe(queries.length);
		});

		const misses = resolverVariants.filter((variant) => variant.miss !== undefined);
		it.each(misses.map((variant) => [variant.query, variant] as const))(
			'does not answer the known miss %s confidently wrong',
			async (query, variant) => {
				const answer = answered(await surface.resolve(query), query);
				expect(confidentFalseParticipant(answer, variant), JSON.stringify(answer)).toBe(false);
			},
		);

		const resolvable = resolverVariants.filter((variant) => variant.miss === undefined);
		it.each(resolvable.map((variant) => [variant.query, variant] as const))(
			'resolves %s as the fixture table says',
			async (query, variant) => {
				const answer = answered(await surface.resolve(query), query);
				const ids = answer.candidates.map((candidate) => candidate.id);
				const scores = answer.candidates.map((candidate) => candidate.score);
				expect(scores, 'best first').toEqual([...scores].sort((a, b) => b - a));
				expect(Math.min(1, ...scores), 'no candidate below the threshold').toBeGreaterThanOrEqual(
					MIN_SCORE,
				);
				switch (variant.expect) {
					case 'participant':
						expect(describeAnswer(answer)).toMatchObject({
							status: 'participant',
							ambiguous: false,
						});
						expect(ids[0]).toBe(variant.id);
						break;
					case 'non-participant':
						expect(describeAnswer(answer)).toMatchObject({
							status: 'non-participant',
							ambiguous: false,
						});
						expect(ids[0]).toBe(variant.id);
						expect(
							answer.candidates.filter((candidate) => candidate.participant).map((c) => c.id),
							'never a participant',
						).toEqual([]);
						break;
					case 'ambiguous':
						expect(answer.ambiguous).toBe(true);
						expect(ids.slice(0, 2).sort()).toEqual([...(variant.ids ?? [])].sort());
						break;
					case 'no-match':
						expect(describeAnswer(answer)).toEqual({
							status: 'no-match',
							ambiguous: false,
							ids: [],
						});
						break;
				}
			},
		);

		it.each(BAD_QUERIES)('rejects %s input or answers it with no candidates', async (_, query) => {
			const reply = await surface.resolve(query);
			if (!('rejected' in reply)) {
				expect(describeAnswer(reply)).toEqual({ status: 'no-match', ambiguous: false, ids: [] });
			}
		});

		it('rejects a query longer than 200 characters', async () => {
			expect(await surface.resolve('x'.repeat(201))).toHaveProperty('rejected');
		});

		const locales = surface.locales ?? [];
		const foreign = resolverVariants.filter((variant) => /^(French|Spanish)/.test(variant.variant));
		if (locales.length > 1) {
			it('has French and Spanish variants, CLDR names included', () => {
				expect(foreign.length).toBeGreaterThanOrEqual(100);
				expect(foreign.some((variant) => variant.variant.endsWith('(CLDR)'))).toBe(true);
			});

			it.each(foreign.map((variant) => [variant.query, variant] as const))(
				'resolves the %s variant the same way in every language',
				async (query, variant) => {
					for (const locale of locales) {
						const answer = answered(await surface.resolve(query, locale), query);
						expect(describeAnswer(answer), `${query} (${locale})`).toMatchObject({
							status: variant.expect,
							ambiguous: false,
						});
						expect(answer.candidates[0]?.id, `${query} (${locale})`).toBe(variant.id);
					}
				},
			);
		}
	});
}
