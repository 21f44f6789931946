/** @module the claims check of the main entry, in English (the checks themselves: claim-checks.ts) */
import { checkOptions } from '../arguments.js';
import { englishOnly } from '../i18n/english-only.js';
import type { ClaimCheck } from '../types.js';
import { claimChecks, ENGLISH_CATALOGUE } from './claim-checks.js';

/**
 * Checks each of the booklet's checkable claims (foreword, introduction, contents) against what its
 * own list and pages contain, and against the project's classification where a claim is about what
 * the stories show. A disagreement is reported, never corrected. In English; `checkClaims({ locale })`
 * at `@mgi-stories/core/i18n` gives the same checks in French or Spanish.
 * @example checkClaims().find((check) => check.verdict === 'inconsistent')?.claim.id
 */
export function checkClaims(options: { locale?: 'en' | undefined } = {}): ClaimCheck[] {
	englishOnly('checkClaims', checkOptions('checkClaims', options, ['locale'], { optional: true }));
	return claimChecks(ENGLISH_CATALOGUE);
}
