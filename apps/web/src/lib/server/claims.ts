/** @module the booklet's numeric claims and what its own list and pages contain */
import { checkClaims } from '@mgi-stories/core';
import type { ClaimRow } from '$lib/types';

const SUBJECTS: Record<string, string> = {
	countries: 'Participating countries',
	'local-authorities': 'Participating local authorities',
	indicators: 'Indicators',
	'start-year': 'Programme start',
	stories: 'Success stories',
};

export function claimRows(): ClaimRow[] {
	return checkClaims().map(({ claim, status, counted, detail }) => ({
		id: claim.id,
		subject: SUBJECTS[claim.subject] ?? claim.subject,
		status,
		stated: `${claim.comparator === 'more-than' ? 'over ' : ''}${claim.value}`,
		counted,
		section: claim.section,
		quote: claim.quote,
		description: claim.description,
		detail,
	}));
}
