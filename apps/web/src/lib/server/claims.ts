/** @module the booklet's checkable claims and their verdicts */
import { type Claim, publication } from '@mgi-stories/core';
import { checkClaims } from '@mgi-stories/core/i18n';
import { coreLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { afterLabel } from '$lib/places';
import type { ClaimRow } from '$lib/types';
import { quotedParts } from './quotations';

const SUBJECTS: Record<string, () => string> = {
	countries: m.claim_subject_countries,
	'local-authorities': m.claim_subject_local_authorities,
	indicators: m.claim_subject_indicators,
	'start-year': m.claim_subject_start_year,
	stories: m.claim_subject_stories,
	governments: m.claim_subject_governments,
	anniversary: m.claim_subject_anniversary,
	'story-regions': m.claim_subject_story_regions,
	'participant-regions': m.claim_subject_participant_regions,
	'story-levels': m.claim_subject_story_levels,
	'participant-levels': m.claim_subject_participant_levels,
	uses: m.claim_subject_uses,
	'global-commitments': m.claim_subject_global_commitments,
	partner: m.claim_subject_partner,
	signatory: m.claim_subject_signatory,
};

const COMPARATORS = {
	equals: (value: number) => String(value),
	'more-than': (value: number) => m.claim_more_than({ value }),
	'at-least': (value: number) => m.claim_at_least({ value }),
} as const;

/** the page the booklet's contents give a section, as printed ("III"), if they give one */
const pageOf = (section: string) =>
	publication.contents.find((entry) => entry.title.toLowerCase() === section.toLowerCase())?.page ??
	null;

/** The verdicts in the order the claims page shows them: disagreements first. */
export const VERDICT_ORDER = [
	'inconsistent',
	'depends-on-reading',
	'not-checkable',
	'consistent',
] as const satisfies readonly ClaimRow['verdict'][];

export function claimRows(): ClaimRow[] {
	const locale = coreLocale();
	// the booklet's facts are English inside a sentence in another language; an English sentence is
	// whole. A person's name (« António Vitorino ») is no English words: it claims no language
	const englishFacts = (claim: Claim) =>
		locale === 'en'
			? []
			: Object.entries(claim.facts ?? {}).flatMap(([fact, words]) =>
					fact === 'name' ? [] : [words],
				);
	// a French sentence elides an English name's "The" (« l’Economist Intelligence Unit »)
	const englishNames = (claim: Claim) =>
		englishFacts(claim).flatMap((fact) =>
			fact.startsWith('The ') ? [fact, fact.slice(4)] : [fact],
		);
	return checkClaims({ locale }).map(({ claim, verdict, counted, detail, readings }) => ({
		id: claim.id,
		subject: SUBJECTS[claim.subject]?.() ?? claim.subject,
		verdict,
		stated: claim.number ? COMPARATORS[claim.number.comparator](claim.number.value) : '—',
		counted,
		section: claim.section,
		page: pageOf(claim.section),
		quote: claim.quote,
		description: afterLabel(claim.description, locale),
		descriptionParts: quotedParts(afterLabel(claim.description, locale), englishNames(claim)),
		detail,
		detailParts: quotedParts(detail, englishFacts(claim)),
		readings: readings ? readings.map((reading) => ({ ...reading })) : [],
	}));
}

/** The claims grouped by verdict, disagreements first, each group in the booklet's order. */
export const claimGroups = (claims: readonly ClaimRow[]) =>
	VERDICT_ORDER.map((verdict) => ({
		verdict,
		claims: claims.filter((claim) => claim.verdict === verdict),
	}));
