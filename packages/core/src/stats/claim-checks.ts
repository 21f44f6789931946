import { type EditionRecords, editionRecords, publicationOf } from '../editions.js';
import { englishSentences } from '../generated/catalogue-sentences.js';
import { countryOf } from '../governments/country-of.js';
import {
	type Catalogue,
	countInWords,
	type FormatOptions,
	formatList,
	formatMessage,
	type Gender,
	type MessageParams,
} from '../i18n/format.js';
import { inFigures } from '../i18n/in-figures.js';
import type { Locale } from '../i18n/locale.js';
import { governmentName, nameCollator, regionName } from '../i18n/names.js';
import type { SentenceKey } from '../schema/i18n.js';
import { localAuthorityOf } from '../stories/local-authority-of.js';
import type {
	Claim,
	ClaimCheck,
	ClaimSubject,
	Country,
	EditionId,
	FacetId,
	Publication,
	StatedNumber,
	Story,
} from '../types.js';

/** The five regions of the UN M49 standard, spelled as the countries' `region` field spells them. */
const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
/** their M49 codes, to name them in a locale */
const M49_REGION_CODES: Record<(typeof M49_REGIONS)[number], string> = {
	Africa: '002',
	Americas: '019',
	Asia: '142',
	Europe: '150',
	Oceania: '009',
};

/** Our second reading of "all regions": Asia and Oceania as one region, Asia and the Pacific. */
const ASIA_PACIFIC: readonly (typeof M49_REGIONS)[number][] = ['Asia', 'Oceania'];

type Result = Omit<ClaimCheck, 'claim'>;

/** What a claim is checked against: the records and the imprint of the claim's own edition. */
interface Scope extends EditionRecords {
	readonly publication: Publication;
}

const holds = (stated: StatedNumber, actual: number): boolean =>
	stated.comparator === 'equals'
		? actual === stated.value
		: stated.comparator === 'more-than'
			? actual > stated.value
			: actual >= stated.value;

/** The words of one check in its locale. */
interface Words {
	locale: Locale;
	say: (key: SentenceKey, params?: MessageParams, options?: FormatOptions) => string;
	list: (items: readonly string[]) => string;
	/** items joined by the locale's "and" (« 12 pays et 1 autorité locale ») */
	and: (items: readonly string[]) => string;
	/** country names in the locale, sorted by its collator */
	countries: (selection: readonly Country[]) => string;
	/** what the site calls each story, in the locale and sorted by its collator: "São Paulo (Brésil)" for a local one */
	stories: (selection: readonly Story[]) => string;
}

function wordsOf(catalogue: Catalogue): Words {
	const { locale } = catalogue;
	const say = (key: SentenceKey, params?: MessageParams, options?: FormatOptions) =>
		formatMessage(catalogue, key, params, options);
	const list = (items: readonly string[]) => formatList(catalogue, items);
	const sorted = (names: string[]) =>
		list(names.sort(locale === 'en' ? undefined : nameCollator({ locale }).compare));
	const storyName = (story: Story) => {
		const country = governmentName(countryOf(story), { locale });
		const authority = localAuthorityOf(story);
		return authority
			? say('story.local-authority', { name: governmentName(authority, { locale }), country })
			: country;
	};
	return {
		locale,
		say,
		list,
		and: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
		countries: (selection) =>
			sorted(selection.map((country) => governmentName(country, { locale }))),
		stories: (selection) => sorted(selection.map(storyName)),
	};
}

const PHRASES = {
	equals: 'phrase.equals',
	'more-than': 'phrase.more-than',
	'at-least': 'phrase.at-least',
} as const satisfies Record<StatedNumber['comparator'], SentenceKey>;

/** a stated number in words; a year is never grouped ("2016", not "2 016") */
const phrase = (words: Words, stated: StatedNumber, subject?: ClaimSubject): string =>
	words.say(PHRASES[stated.comparator], {
		value: subject === 'start-year' ? String(stated.value) : stated.value,
	});

/** the words of `values`: English, whatever the locale of the sentences */
/** The main entry's sentences: English. */
export const ENGLISH_CATALOGUE: Catalogue = { locale: 'en', sentences: englishSentences };
const ENGLISH = (): Words => wordsOf(ENGLISH_CATALOGUE);

/** how the stated number is put: "at least" is our reading of a word such as "dozens" */
const says = (words: Words, claim: Claim, stated: StatedNumber): string =>
	words.say(stated.comparator === 'at-least' ? 'says.reading' : 'says.stated', {
		stated: phrase(words, stated, claim.subject),
	});

const countByRegion = (keys: readonly string[]): Record<string, number> =>
	Object.fromEntries(
		M49_REGIONS.map((region) => [region, keys.filter((key) => key === region).length]),
	);

const tagged = (story: Story, facet: FacetId, value: string): boolean =>
	story.tags.some((tag) => tag.facet === facet && tag.value === value);

/**
 * What the booklet's own list and pages hold for the subjects that can be counted, the sentence that
 * says it, and the gender of what it counts in French and Spanish (« une de moins » local authority).
 */
const COUNTS: Partial<
	Record<ClaimSubject, (scope: Scope) => { counted: number; key: SentenceKey; gender: Gender }>
> = {
	countries: ({ countries }) => ({
		counted: countries.length,
		key: 'count.countries',
		gender: 'masculine',
	}),
	'local-authorities': ({ localAuthorities }) => ({
		counted: localAuthorities.length,
		key: 'count.local-authorities',
		gender: 'feminine',
	}),
	governments: ({ governments }) => ({
		counted: governments.length,
		key: 'count.governments',
		gender: 'masculine',
	}),
	stories: ({ stories }) => ({ counted: stories.length, key: 'count.stories', gender: 'feminine' }),
	'start-year': ({ publication }) => ({
		counted: publication.participationPeriod.from,
		key: 'count.start-year',
		gender: 'masculine',
	}),
};

function checkNumber(words: Words, claim: Claim, stated: StatedNumber, scope: Scope): Result {
	const count = COUNTS[claim.subject];
	if (count) {
		const { counted, key, gender } = count(scope);
		const agrees = holds(stated, counted);
		const params = {
			says: says(words, claim, stated),
			counted: words.say(key, { count: counted, year: String(counted) }),
			difference: countInWords(words.locale, Math.abs(counted - stated.value), gender),
		};
		return {
			verdict: agrees ? 'consistent' : 'inconsistent',
			counted,
			values: { stated: phrase(ENGLISH(), stated, claim.subject), counted },
			detail: words.say(
				agrees ? 'number.consistent' : counted < stated.value ? 'number.fewer' : 'number.more',
				params,
			),
		};
	}
	const others = scope.claims.filter(
		(other) => other !== claim && other.subject === claim.subject && other.number !== null,
	);
	if (others.length === 0)
		return {
			verdict: 'not-checkable',
			counted: null,
			values: { stated: phrase(ENGLISH(), stated, claim.subject) },
			detail: words.say('number.nothing-to-count'),
		};
	const conflicts = others.filter((other) => !compatible(stated, other.number as StatedNumber));
	const elsewhere = words.list(
		others.map((other) =>
			words.say('number.elsewhere-item', {
				stated: phrase(words, other.number as StatedNumber, claim.subject),
				// the booklet's own heading, quoted in English in every locale: it is the booklet's words
				section: other.section,
			}),
		),
	);
	return {
		verdict: conflicts.length > 0 ? 'inconsistent' : 'consistent',
		counted: null,
		values: {
			stated: phrase(ENGLISH(), stated, claim.subject),
			statedElsewhere: others.map((other) =>
				phrase(ENGLISH(), other.number as StatedNumber, claim.subject),
			),
		},
		detail: words.say(
			conflicts.length > 0 ? 'number.elsewhere-contradict' : 'number.elsewhere-agree',
			{
				unlisted: words.say(
					claim.subject === 'indicators' ? 'unlisted.indicators' : 'unlisted.other',
				),
				stated: phrase(words, stated, claim.subject),
				elsewhere,
			},
		),
	};
}

/** Two stated numbers agree when each exact number satisfies the other statement. */
function compatible(a: StatedNumber, b: StatedNumber): boolean {
	if (a.comparator === 'equals') return holds(b, a.value);
	if (b.comparator === 'equals') return holds(a, b.value);
	return true;
}

function checkAnniversary(words: Words, claim: Claim, { claims, publication }: Scope): Result {
	const launch = claims.find(
		(other) => other.subject === 'start-year' && other.section === claim.section,
	)?.number?.value;
	if (launch === undefined)
		return {
			verdict: 'not-checkable',
			counted: null,
			values: {},
			detail: words.say('anniversary.no-launch-year'),
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
		detail: words.say(agrees ? 'anniversary.on-eve' : 'anniversary.not-on-eve', {
			launch: String(launch),
			anniversary: String(anniversary),
			published: String(publication.year),
		}),
	};
}

function checkRegions(words: Words, claim: Claim, { stories, countries }: Scope): Result {
	const ofStories = claim.subject === 'story-regions';
	const regions = ofStories
		? stories.map((story) => countryOf(story).region)
		: countries.map((country) => country.region);
	const counts = countByRegion(regions);
	const missing = M49_REGIONS.filter((region) => counts[region] === 0);
	const name = (region: (typeof M49_REGIONS)[number]) =>
		regionName(M49_REGION_CODES[region], { locale: words.locale });
	const summary = words.list(
		M49_REGIONS.filter((region) => !missing.includes(region)).map((region) =>
			words.say('regions.tally', { region: name(region), count: counts[region] ?? 0 }),
		),
	);
	const without = missing.map((region) =>
		ofStories
			? words.say('regions.none-without-story', {
					region: name(region),
					countries: words.countries(countries.filter((country) => country.region === region)),
				})
			: words.say('regions.none', { region: name(region) }),
	);
	const head = words.say(ofStories ? 'regions.stories' : 'regions.countries', {
		count: stories.length,
		missing: missing.length,
		// a small number in running text, in words: "four of the five regions"
		present: words.say('regions.count', { count: M49_REGIONS.length - missing.length }),
		total: words.say('regions.count', { count: M49_REGIONS.length }),
		summary,
	});
	const readings = [
		{ reading: words.say('regions.reading-m49'), holds: missing.length === 0 },
		{
			reading: words.say('regions.reading-asia-pacific'),
			holds: !missing.some(
				(region) =>
					!ASIA_PACIFIC.includes(region) || ASIA_PACIFIC.every((part) => (counts[part] ?? 0) === 0),
			),
		},
	];
	const agree = readings.every((reading) => reading.holds === readings[0]?.holds);
	const detail =
		without.length > 0 ? `${head} ${without.join(words.say('list.clause-separator'))}.` : head;
	return {
		verdict: !agree ? 'depends-on-reading' : missing.length > 0 ? 'inconsistent' : 'consistent',
		counted: null,
		values: {
			regions: [...M49_REGIONS],
			[ofStories ? 'storiesByRegion' : 'countriesByRegion']: counts,
			missing,
		},
		detail: agree ? detail : `${detail} ${words.say('regions.depends-on-reading')}`,
		readings,
	};
}

function checkLevels(
	words: Words,
	claim: Claim,
	{ countries, localAuthorities, stories }: Scope,
): Result {
	if (claim.subject === 'participant-levels') {
		const both = countries.length > 0 && localAuthorities.length > 0;
		const figures = { figures: inFigures([countries.length, localAuthorities.length]) };
		return {
			verdict: both ? 'consistent' : 'inconsistent',
			counted: null,
			values: { countries: countries.length, localAuthorities: localAuthorities.length },
			detail: words.say('levels.participants', {
				countries: words.say('levels.countries', { count: countries.length }, figures),
				localAuthorities: words.say(
					'levels.local-authorities',
					{ count: localAuthorities.length },
					figures,
				),
			}),
		};
	}
	const local = stories.filter((story) => story.level === 'local');
	const national = stories.length - local.length;
	const authorities = local.map((story) =>
		localAuthorities.find((candidate) => candidate.id === story.localAuthority),
	);
	const localNames = (locale: Locale) =>
		authorities.map((authority, index) =>
			authority ? governmentName(authority, { locale }) : (local[index] as Story).slug,
		);
	const both = national > 0 && local.length > 0;
	const figures = { figures: inFigures([national, local.length]) };
	return {
		verdict: both ? 'consistent' : 'inconsistent',
		counted: null,
		values: { national, local: local.length, localGovernments: localNames('en') },
		detail: words.say(
			'levels.stories',
			{
				national,
				local: words.say('levels.local-stories', { count: local.length }, figures),
				names: words.list(localNames(words.locale)),
			},
			figures,
		),
	};
}

function checkUses(words: Words, _claim: Claim, { stories }: Scope): Result {
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
	// a local story is its local authority's, not its country's: São Paulo's makes Brazil no user
	const using = Object.values(uses).flat();
	const countries = new Set(
		using.filter((story) => story.localAuthority === null).map((story) => story.country),
	);
	const localAuthorities = new Set(using.flatMap((story) => story.localAuthority ?? []));
	const evidenced = Object.values(uses).every((selection) => selection.length > 0);
	const agrees = evidenced && countries.size + localAuthorities.size > 2;
	// the three tallies are one series: « 10 histoires (…) ; … dans 2 (…) »
	const figures = {
		figures: inFigures(Object.values(uses).map((selection) => selection.length)),
	};
	const tally = (key: 'uses.first' | 'uses.next', selection: readonly Story[]) =>
		words.say(key, { count: selection.length, names: words.stories(selection) }, figures);
	return {
		verdict: agrees ? 'consistent' : 'inconsistent',
		counted: null,
		values: {
			newMigrationPolicies: uses.newMigrationPolicies.map((story) => story.slug),
			sectoralPolicies: uses.sectoralPolicies.map((story) => story.slug),
			actionPlansForGlobalCommitments: uses.actionPlansForGlobalCommitments.map(
				(story) => story.slug,
			),
			countries: countries.size,
			localAuthorities: localAuthorities.size,
		},
		detail: words.say('uses.detail', {
			newPolicies: tally('uses.first', uses.newMigrationPolicies),
			sectoral: tally('uses.next', uses.sectoralPolicies),
			actionPlans: tally('uses.next', uses.actionPlansForGlobalCommitments),
			governments: words.say('uses.governments', {
				count: countries.size + localAuthorities.size,
				governments: words.and([
					words.say('uses.countries', { count: countries.size }),
					...(localAuthorities.size > 0
						? [words.say('uses.local-authorities', { count: localAuthorities.size })]
						: []),
				]),
			}),
		}),
	};
}

function checkGlobalCommitments(words: Words, _claim: Claim, { stories }: Scope): Result {
	const compact = stories.filter((story) =>
		tagged(story, 'framework', 'global-compact-for-migration'),
	);
	const goals = stories.filter(
		(story) =>
			tagged(story, 'framework', 'sdg-10') ||
			tagged(story, 'framework', 'voluntary-national-review'),
	);
	const both = compact.length > 0 && goals.length > 0;
	const figures = { figures: inFigures([compact.length, goals.length]) };
	return {
		verdict: both ? 'consistent' : 'inconsistent',
		counted: null,
		values: {
			globalCompactForMigration: compact.map((story) => story.slug),
			sustainableDevelopmentGoals: goals.map((story) => story.slug),
		},
		detail: words.say(
			'commitments.detail',
			{
				compact: words.say(
					'commitments.compact',
					{ count: compact.length, names: words.stories(compact) },
					figures,
				),
				goals: goals.length,
				goalNames: words.stories(goals),
			},
			figures,
		),
	};
}

// that each fact is printed verbatim in the booklet is checked by the tests and the conformance
// suite, so that checking claims does not ship the booklet's whole text
function checkFacts(words: Words, claim: Claim): Result {
	const facts = Object.entries(claim.facts ?? {});
	return {
		verdict: 'not-checkable',
		counted: null,
		values: Object.fromEntries(facts),
		detail: words.say('facts.detail', { facts: words.list(facts.map(([, value]) => value)) }),
	};
}

/** The checks of claims that state no number, by subject. */
const CHECKS: Partial<Record<ClaimSubject, (words: Words, claim: Claim, scope: Scope) => Result>> =
	{
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

function check(words: Words, claim: Claim, scope: Scope): Result {
	if (claim.number !== null) return checkNumber(words, claim, claim.number, scope);
	const checker = CHECKS[claim.subject];
	if (checker) return checker(words, claim, scope);
	return {
		verdict: 'not-checkable',
		counted: null,
		values: {},
		detail: words.say('no-check', { subject: claim.subject }),
	};
}

/** The records and imprint of an edition (the data lists an imprint for every edition it uses). */
function scopeOf(edition: EditionId): Scope {
	return { ...editionRecords(edition), publication: publicationOf(edition) };
}

/**
 * The claims of `edition` (of every edition when it is `undefined`) checked, each against its own
 * edition, each claim as `localize` gives it and each detail sentence from `catalogue` (internal:
 * `checkClaims` in English here, in every locale at `@mgi-stories/core/i18n`).
 */
export function claimChecks(
	catalogue: Catalogue,
	edition: EditionId | undefined,
	localize: (claim: Claim) => Claim = (claim) => claim,
): ClaimCheck[] {
	const words = wordsOf(catalogue);
	const scopes = new Map<EditionId, Scope>();
	return editionRecords(edition).claims.map((claim) => {
		const scope = scopes.get(claim.edition) ?? scopeOf(claim.edition);
		scopes.set(claim.edition, scope);
		return { claim: localize(claim), ...check(words, claim, scope) } satisfies ClaimCheck;
	});
}
