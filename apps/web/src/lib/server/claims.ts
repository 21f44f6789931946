/** @module the booklet's checkable claims and their verdicts */
import { checkClaims } from '@mgi-stories/core';
import type { ClaimRow } from '$lib/types';

const SUBJECTS: Record<string, string> = {
	countries: 'Participating countries',
	'local-authorities': 'Participating local authorities',
	indicators: 'Indicators',
	'start-year': 'Programme start',
	stories: 'Success stories',
	governments: 'Participating governments',
	anniversary: 'Fifth anniversary',
	'story-regions': 'Regions of the stories',
	'participant-regions': 'Regions of the participants',
	'story-levels': 'National and local stories',
	'participant-levels': 'National and local participants',
	uses: 'Kinds of use',
	'global-commitments': 'Global commitments',
	partner: 'Partner at the launch',
	signatory: 'Signatory',
};

const COMPARATORS = { equals: '', 'more-than': 'over ', 'at-least': 'at least ' } as const;

export function claimRows(): ClaimRow[] {
	return checkClaims().map(({ claim, verdict, counted, detail }) => ({
		id: claim.id,
		subject: SUBJECTS[claim.subject] ?? claim.subject,
		verdict,
		stated: claim.number ? `${COMPARATORS[claim.number.comparator]}${claim.number.value}` : '—',
		counted,
		section: claim.section,
		quote: claim.quote,
		description: claim.description,
		detail,
	}));
}
