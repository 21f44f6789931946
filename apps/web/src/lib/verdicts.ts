/** @module the claims check's verdicts, named and toned as the pages show them */
import { m } from '$lib/paraglide/messages';
import type { ClaimRow } from '$lib/types';

export const VERDICT_LABELS: Record<ClaimRow['verdict'], () => string> = {
	consistent: m.claims_verdict_consistent,
	inconsistent: m.claims_verdict_inconsistent,
	'depends-on-reading': m.claims_verdict_depends_on_reading,
	'not-checkable': m.claims_verdict_not_checkable,
};

/** a verdict that rests on a reading is not a disagreement: it stays neutral, not red */
export const VERDICT_TONES: Record<ClaimRow['verdict'], string> = {
	consistent: 'good',
	inconsistent: 'bad',
	'depends-on-reading': '',
	'not-checkable': '',
};
