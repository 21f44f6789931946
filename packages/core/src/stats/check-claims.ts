import { claims, countries, governments, localAuthorities, publication, stories } from '../data.js';
import type { Claim, ClaimCheck, ClaimSubject, StatedNumber } from '../schema/claim.js';
import type { Story } from '../schema/story.js';
import type { FacetId } from '../schema/vocabulary.js';
import { storyCountry } from '../stories/story-country.js';

/** The five regions of the UN M49 standard, spelled as the countries' `region` field spells them. */
const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

type Result = Omit<ClaimCheck, 'claim'>;

const holds = (stated: StatedNumber, actual: number): boolean =>
	stated.comparator === 'equals'
		? actual === stated.value
		: stated.comparator === 'more-than'
			? actual > stated.value
			: actual >= stated.value;

const COMPARATOR_WORDS = {
	equals: '',
	'more-than': 'more than ',
	'at-least': 'at least ',
} as const;

const phrase = (stated: StatedNumber): string =>
	`${COMPARATOR_WORDS[stated.comparator]}${stated.value}`;

/** how the stated number is put: "at least" is our reading of a word such as "dozens" */
const says = (stated: StatedNumber): string =>
	stated.comparator === 'at-least'
		? `Read as ${phrase(stated)} (our reading of the booklet's word)`
		: `The booklet says ${phrase(stated)}`;

/** what the booklet would have to list for a subject to be counted */
const UNLISTED: Partial<Record<ClaimSubject, string>> = { indicators: 'its indicators' };

const list = (names: readonly string[]): string => (names.length > 0 ? names.join(', ') : 'none');

const countByRegion = (keys: readonly string[]): Record<string, number> =>
	Object.fromEntries(
		M49_REGIONS.map((region) => [region, keys.filter((key) => key === region).length]),
	);

const tagged = (story: Story, facet: FacetId, value: string): boolean =>
	story.tags.some((tag) => tag.facet === facet && tag.value === value);

const countryNames = (selection: readonly Story[]): string[] =>
	selection.map((story) => storyCountry(story).name);

/** What the booklet's own list and pages hold for the subjects that can be counted. */
const COUNTS: Partial<Record<ClaimSubject, () => { counted: number; what: string }>> = {
	countries: () => ({
		counted: countries.length,
		what: 'countries on the list of participating governments',
	}),
	'local-authorities': () => ({
		counted: localAuthorities.length,
		what: 'local authorities on the list of participating governments',
	}),
	governments: () => ({
		counted: governments.length,
		what: 'governments (countries and local authorities) on the list of participating governments',
	}),
	stories: () => ({ counted: stories.length, what: 'success stories in the booklet' }),
	'start-year': () => ({
		counted: publication.participationPeriod.from,
		what: 'as the first year in the heading of the list of participating governments',
	}),
};

function checkNumber(claim: Claim, stated: StatedNumber): Result {
	const count = COUNTS[claim.subject];
	if (count) {
		const { counted, what } = count();
		const agrees = holds(stated, counted);
		return {
			verdict: agrees ? 'consistent' : 'inconsistent',
			counted,
			values: { stated: phrase(stated), counted },
			detail: agrees
				? `${says(stated)}; it contains ${counted} ${what}.`
				: `${says(stated)}, but it contains ${counted} ${what}: ${Math.abs(counted - stated.value)} ${counted < stated.value ? 'fewer' : 'more'} than stated. Reported, not corrected.`,
		};
	}
	const others = claims.filter(
		(other) => other !== claim && other.subject === claim.subject && other.number !== null,
	);
	if (others.length === 0)
		return {
			verdict: 'not-checkable',
			counted: null,
			values: { stated: phrase(stated) },
			detail:
				'The booklet gives nothing to count this against and states no other number on the subject.',
		};
	const conflicts = others.filter((other) => !compatible(stated, other.number as StatedNumber));
	const elsewhere = others
		.map((other) => `${phrase(other.number as StatedNumber)} ("${other.id}")`)
		.join(', ');
	return {
		verdict: conflicts.length > 0 ? 'inconsistent' : 'consistent',
		counted: null,
		values: {
			stated: phrase(stated),
			statedElsewhere: others.map((other) => phrase(other.number as StatedNumber)),
		},
		detail: `The booklet does not list ${UNLISTED[claim.subject] ?? 'what it counts'}, so the number cannot be counted. It says ${phrase(stated)} here and ${elsewhere} elsewhere, which ${conflicts.length > 0 ? 'contradict each other' : 'agree'}.`,
	};
}

/** Two stated numbers agree when each exact number satisfies the other statement. */
function compatible(a: StatedNumber, b: StatedNumber): boolean {
	if (a.comparator === 'equals') return holds(b, a.value);
	if (b.comparator === 'equals') return holds(a, b.value);
	return true;
}

function checkAnniversary(claim: Claim): Result {
	const launch = claims.find(
		(other) => other.subject === 'start-year' && other.section === claim.section,
	)?.number?.value;
	if (launch === undefined)
		return {
			verdict: 'not-checkable',
			counted: null,
			values: {},
			detail: 'The section states no launch year to count from.',
		};
	const anniversary = launch + 5;
	const agrees = publication.year === anniversary || publication.year === anniversary - 1;
	return {
		verdict: agrees ? 'consistent' : 'inconsistent',
		counted: null,
		values: {
			launchYear: launch,
			fifthAnniversaryYear: anniversary,
			publicationYear: publication.year,
		},
		detail: `Launched in ${launch}, the MGI has its fifth anniversary in ${anniversary}; the booklet is published in ${publication.year}, ${agrees ? 'on the eve of it' : 'not on its eve'}.`,
	};
}

function checkRegions(claim: Claim): Result {
	const ofStories = claim.subject === 'story-regions';
	const regions = ofStories
		? stories.map((story) => storyCountry(story).region)
		: countries.map((country) => country.region);
	const counts = countByRegion(regions);
	const missing = M49_REGIONS.filter((region) => counts[region] === 0);
	const summary = M49_REGIONS.filter((region) => !missing.includes(region))
		.map((region) => `${region} ${counts[region]}`)
		.join(', ');
	const whose = ofStories
		? `The ${stories.length} stories’ governments`
		: 'The participating countries';
	const without = missing.map((region) => {
		const participants = countries.filter((country) => country.region === region);
		return `${region} has none${ofStories ? `: its participating countries (${list(participants.map((country) => country.name))}) have no story` : ''}`;
	});
	return {
		verdict: missing.length > 0 ? 'inconsistent' : 'consistent',
		counted: null,
		values: {
			regions: [...M49_REGIONS],
			[ofStories ? 'storiesByRegion' : 'countriesByRegion']: counts,
			missing,
		},
		detail: `${whose} are in ${M49_REGIONS.length - missing.length} of the ${M49_REGIONS.length} UN M49 regions (${summary}).${without.length > 0 ? ` ${without.join('; ')}.` : ''}`,
	};
}

function checkLevels(claim: Claim): Result {
	if (claim.subject === 'participant-levels') {
		const both = countries.length > 0 && localAuthorities.length > 0;
		return {
			verdict: both ? 'consistent' : 'inconsistent',
			counted: null,
			values: { countries: countries.length, localAuthorities: localAuthorities.length },
			detail: `The list of participating governments holds ${countries.length} countries and ${localAuthorities.length} local authorities.`,
		};
	}
	const local = stories.filter((story) => story.level === 'local');
	const national = stories.length - local.length;
	const localNames = local.map(
		(story) =>
			localAuthorities.find((authority) => authority.id === story.localAuthority)?.bookletName ??
			story.slug,
	);
	const both = national > 0 && local.length > 0;
	return {
		verdict: both ? 'consistent' : 'inconsistent',
		counted: null,
		values: { national, local: local.length, localGovernments: localNames },
		detail: `${national} stories are about national governments and ${local.length} about local governments (${list(localNames)}). Whether they show "the full range" is not checkable.`,
	};
}

function checkUses(): Result {
	const uses = {
		newMigrationPolicies: stories.filter((story) =>
			tagged(story, 'outcome', 'new-policy-or-strategy'),
		),
		sectoralPolicies: stories.filter((story) => tagged(story, 'outcome', 'sectoral-policy')),
		actionPlansForGlobalCommitments: stories.filter(
			(story) =>
				tagged(story, 'outcome', 'action-plan') &&
				(tagged(story, 'framework', 'global-compact-for-migration') ||
					tagged(story, 'framework', 'sdg-10')),
		),
	};
	const using = new Set(
		Object.values(uses).flatMap((selection) => selection.map((s) => s.country)),
	);
	const evidenced = Object.values(uses).every((selection) => selection.length > 0);
	const agrees = evidenced && using.size > 2;
	return {
		verdict: agrees ? 'consistent' : 'inconsistent',
		counted: null,
		values: {
			newMigrationPolicies: uses.newMigrationPolicies.map((story) => story.slug),
			sectoralPolicies: uses.sectoralPolicies.map((story) => story.slug),
			actionPlansForGlobalCommitments: uses.actionPlansForGlobalCommitments.map(
				(story) => story.slug,
			),
			countries: using.size,
		},
		detail: `Our reading, through our classification: new migration policies in ${uses.newMigrationPolicies.length} stories (${list(countryNames(uses.newMigrationPolicies))}); sectoral policies in ${uses.sectoralPolicies.length} (${list(countryNames(uses.sectoralPolicies))}); action plans towards global commitments in ${uses.actionPlansForGlobalCommitments.length} (${list(countryNames(uses.actionPlansForGlobalCommitments))}). ${using.size} countries evidence at least one use.`,
	};
}

function checkGlobalCommitments(): Result {
	const compact = stories.filter((story) =>
		tagged(story, 'framework', 'global-compact-for-migration'),
	);
	const goals = stories.filter(
		(story) =>
			tagged(story, 'framework', 'sdg-10') ||
			tagged(story, 'framework', 'voluntary-national-review'),
	);
	const both = compact.length > 0 && goals.length > 0;
	return {
		verdict: both ? 'consistent' : 'inconsistent',
		counted: null,
		values: {
			globalCompactForMigration: compact.map((story) => story.slug),
			sustainableDevelopmentGoals: goals.map((story) => story.slug),
		},
		detail: `Our reading: ${compact.length} stories name the Global Compact for Migration (${list(countryNames(compact))}) and ${goals.length} the Sustainable Development Goals (${list(countryNames(goals))}). Whether the MGI was "effective" is not checkable from the booklet.`,
	};
}

// that each fact is printed verbatim in the booklet is checked by the tests and the conformance
// suite, so that checking claims does not ship the booklet's whole text
function checkFacts(claim: Claim): Result {
	const facts = Object.entries(claim.facts ?? {});
	return {
		verdict: 'not-checkable',
		counted: null,
		values: Object.fromEntries(facts),
		detail: `Recorded as the booklet states it: ${facts.map(([, value]) => value).join(', ')}. It is printed in the booklet, and no other statement in the booklet confirms or contradicts it.`,
	};
}

/** The checks of claims that state no number, by subject. */
const CHECKS: Partial<Record<ClaimSubject, (claim: Claim) => Result>> = {
	anniversary: checkAnniversary,
	'story-regions': checkRegions,
	'participant-regions': checkRegions,
	'story-levels': checkLevels,
	'participant-levels': checkLevels,
	uses: checkUses,
	'global-commitments': checkGlobalCommitments,
	partner: checkFacts,
	signatory: checkFacts,
};

function check(claim: Claim): Result {
	if (claim.number !== null) return checkNumber(claim, claim.number);
	const checker = CHECKS[claim.subject];
	if (checker) return checker(claim);
	return {
		verdict: 'not-checkable',
		counted: null,
		values: {},
		detail: `No check is defined for a "${claim.subject}" claim without a number.`,
	};
}

/**
 * Checks each of the booklet's checkable claims (foreword, introduction, contents) against what its
 * own list and pages contain, and against the project's classification where a claim is about what
 * the stories show. A disagreement is reported, never corrected.
 */
export function checkClaims(): ClaimCheck[] {
	return claims.map((claim) => ({ claim, ...check(claim) }) satisfies ClaimCheck);
}
