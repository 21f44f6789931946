/**
 * @module the resolver's fixture table (fixtures/resolver-variants.json: real-world name variants by
 * category, with what they mean) and the verdicts on an answer, without a test runner, so that tests
 * and core's resolver bench judge answers the same way.
 */
import type { Locale } from '@mgi-stories/core';

export type ResolverStatus = 'participant' | 'non-participant' | 'no-match';

export interface ResolverAnswer {
	status: ResolverStatus;
	ambiguous: boolean;
	candidates: readonly { id: string; participant: boolean; score: number }[];
}

/** An answer, or the reason the surface rejected the query as invalid. */
export type ResolverReply = ResolverAnswer | { rejected: string };

export interface ResolverSurface {
	name: string;
	/** the languages the surface answers in (default: English only) */
	locales?: readonly Locale[];
	/** resolves a query, answering in `locale` (English when the surface has one language) */
	resolve: (query: string, locale?: Locale) => Promise<ResolverReply>;
}

export interface ResolverVariant {
	query: string;
	expect: ResolverStatus | 'ambiguous';
	/** the best candidate: a participant's id or a non-participant's ISO alpha-3 */
	id?: string;
	/** the two best candidates, in any order, of an ambiguous answer */
	ids?: [string, string];
	variant: string;
	note?: string;
	/** a known miss and why: the surface need not resolve it, but must not answer it confidently wrong */
	miss?: string;
}

const fixtureUrl = new URL('../fixtures/resolver-variants.json', import.meta.url).href;
export const resolverVariants = (
	(await import(/* @vite-ignore */ fixtureUrl, { with: { type: 'json' } })) as {
		default: { variants: ResolverVariant[] };
	}
).default.variants;

/** A participant named without doubt that is not the one the variant means. */
export function confidentFalseParticipant(answer: ResolverAnswer, variant: ResolverVariant) {
	const [best] = answer.candidates;
	const meant = variant.expect === 'ambiguous' ? (variant.ids ?? []) : [variant.id];
	return (
		answer.status === 'participant' &&
		!answer.ambiguous &&
		best !== undefined &&
		!meant.includes(best.id)
	);
}

/** Whether the answer is the one the fixture table expects. */
export function answersAsExpected(answer: ResolverAnswer, variant: ResolverVariant): boolean {
	const [best, second] = answer.candidates;
	switch (variant.expect) {
		case 'participant':
		case 'non-participant':
			return (
				answer.status === variant.expect &&
				!answer.ambiguous &&
				best?.id === variant.id &&
				(variant.expect === 'participant' ||
					!answer.candidates.some((candidate) => candidate.participant))
			);
		case 'ambiguous':
			return (
				answer.ambiguous &&
				[best?.id, second?.id].sort().join() === [...(variant.ids ?? [])].sort().join()
			);
		case 'no-match':
			return answer.status === 'no-match' && answer.candidates.length === 0;
	}
}
