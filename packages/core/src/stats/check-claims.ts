/** @module the claims check of the main entry, in English (the checks themselves: claim-checks.ts) */
import { checkOptions } from '../arguments.js';
import { optionalEdition } from '../editions.js';
import { englishOnly } from '../i18n/english-only.js';
import type { ClaimCheck, EditionId } from '../types.js';
import { claimChecks, ENGLISH_CATALOGUE } from './claim-checks.js';

/**
 * Checks each of the booklet's checkable claims (foreword, introduction, contents) against what its
 * own list and pages contain, and against the project's classification where a claim is about what
 * the stories show. A disagreement is reported, never corrected. In English; `checkClaims({ locale })`
 * at `@mgi-stories/core/i18n` gives the same checks in French or Spanish. Each claim is checked
 * against its own edition; `edition` (one of `EDITIONS`) checks that edition's claims only.
 * @example checkClaims().find((check) => check.verdict === 'inconsistent')?.claim.id
 */
export function checkClaims(
	options: { locale?: 'en' | undefined; edition?: EditionId | undefined } = {},
): ClaimCheck[] {
	const args = checkOptions('checkClaims', options, ['locale', 'edition'], { optional: true });
	englishOnly('checkClaims', args);
	return claimChecks(ENGLISH_CATALOGUE, optionalEdition(args));
}
