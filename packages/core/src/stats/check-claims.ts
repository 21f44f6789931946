import { claims, countries, localAuthorities, publication, stories } from '../data.js';
import type { Claim, ClaimCheck, ClaimSubject } from '../schema/claim.js';

/** What the booklet's own list and pages contain for each subject; null where they hold nothing to count. */
function countSubject(subject: ClaimSubject): { counted: number | null; what: string } {
	switch (subject) {
		case 'countries':
			return {
				counted: countries.length,
				what: 'countries on the list of participating governments',
			};
		case 'local-authorities':
			return {
				counted: localAuthorities.length,
				what: 'local authorities on the list of participating governments',
			};
		case 'stories':
			return { counted: stories.length, what: 'success stories in the booklet' };
		case 'start-year':
			return {
				counted: publication.participationPeriod.from,
				what: 'as the first year in the heading of the list of participating governments',
			};
		case 'indicators':
			return { counted: null, what: 'the booklet does not list the indicators' };
	}
}

function satisfies(claim: Claim, value: number): boolean {
	return claim.comparator === 'equals' ? value === claim.value : value > claim.value;
}

/** Other claims on the same subject this one contradicts (e.g. "over 90" against "94"). */
function contradictions(claim: Claim): Claim[] {
	return claims.filter((other) => {
		if (other === claim || other.subject !== claim.subject) return false;
		const pinned = [claim, other].find((candidate) => candidate.comparator === 'equals');
		return pinned ? !satisfies(claim, pinned.value) || !satisfies(other, pinned.value) : false;
	});
}

/**
 * Checks each of the booklet's numeric claims against what its own list and pages contain.
 * A disagreement is reported, never corrected.
 */
export function checkClaims(): ClaimCheck[] {
	return claims.map((claim) => {
		const { counted, what } = countSubject(claim.subject);
		const conflicts = contradictions(claim).map((other) => `"${other.id}" (${other.value})`);
		const consistency =
			conflicts.length > 0
				? ` It contradicts ${conflicts.join(', ')}.`
				: claims.some((other) => other !== claim && other.subject === claim.subject)
					? ' It is consistent with the booklet’s other statements on the subject.'
					: '';
		if (counted === null) {
			return {
				claim,
				status: 'not-countable',
				counted,
				detail: `Cannot be counted: ${what}.${consistency}`,
			};
		}
		const agrees = satisfies(claim, counted);
		const stated = `${claim.comparator === 'more-than' ? 'more than ' : ''}${claim.value}`;
		return {
			claim,
			status: agrees ? 'agrees' : 'disagrees',
			counted,
			detail: agrees
				? `The booklet says ${stated}; it contains ${counted} ${what}.${consistency}`
				: `The booklet says ${stated}, but it contains ${counted} ${what}: ${Math.abs(counted - claim.value)} ${counted < claim.value ? 'fewer' : 'more'} than stated. Reported, not corrected.${consistency}`,
		};
	});
}
