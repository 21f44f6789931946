/**
 * @module the name resolver: which country or participating government a name, code, alias or
 * misspelling means, against every ISO 3166-1 country, saying whether it took part in the MGI.
 */

import { checkOptions } from '../arguments.js';
import { ArgumentError } from '../errors.js';
import { resolverTable } from '../generated/resolver-table.js';
import type { Government, GovernmentId } from '../types.js';
import { distinguishingWords } from './distinguishing-words.js';
import { boundedEditDistance } from './edit-distance.js';
import { lookupExact, type MatchKind } from './name-index.js';
import { compactKey, nameWords, type QueryForm, queryForms } from './name-key.js';
import {
	type ApproximateIndex,
	type IsoCountry,
	loadResolverIndex,
	NOT_PARTIAL,
	type ResolverIndex,
	type Target,
} from './resolver-index.js';

export type { IsoCountry } from './resolver-index.js';

/** How a candidate matched: exactly on one of its codes or names, on a run of its words, or approximately. */
export type ResolveMatch = MatchKind | 'partial' | 'fuzzy';

/** What the best candidate is: a participating government, a country that did not take part, or nothing. */
export type ResolveStatus = 'participant' | 'non-participant' | 'no-match';

/** What every candidate has, participant or not. */
interface CandidateMatch {
	/** the ISO 3166-1 country: the candidate itself, or the country a local authority lies in */
	country: IsoCountry;
	matchedOn: ResolveMatch;
	/** the code or name that matched, as its source spells it */
	matched: string;
	/** 0.7–1; see `resolveGovernment` for the scale */
	score: number;
}

/**
 * A country or participating government a query may mean, with how it matched and how well;
 * `participant` tells the two apart, so checking it narrows `id` and `government`.
 * @example if (candidate.participant) governmentName(candidate.government)
 */
export type ResolveCandidate =
	| (CandidateMatch & {
			/** a participant's id: a country's alpha-3 or a local authority's id */
			id: GovernmentId;
			/** the booklet lists it among the governments that took part (2016–2021) */
			participant: true;
			/** the participating government */
			government: Government;
	  })
	| (CandidateMatch & {
			/** the ISO 3166-1 alpha-3 of a country that did not take part */
			id: string;
			/** the booklet does not list it among the governments that took part */
			participant: false;
			government: null;
	  });

/**
 * What `resolveGovernment` says a query means: its candidates, best first, and how sure it is.
 */
export interface Resolution {
	query: string;
	/** the status of the best candidate; `no-match` when there is none */
	status: ResolveStatus;
	/**
	 * true when the answer is not sure: the runner-up scores within `AMBIGUITY_MARGIN` of the best
	 * candidate, or the best is a participant named only from a fragment of its name or from a
	 * misspelling of its first letter
	 */
	ambiguous: boolean;
	/** best first; only candidates scoring at least `MATCH_THRESHOLD` */
	candidates: ResolveCandidate[];
}

/** Scores of exact matches, by what matched. */
export const EXACT_SCORES: Readonly<Record<MatchKind, number>> = {
	alpha3: 1,
	alpha2: 1,
	numeric: 1,
	id: 1,
	'booklet-name': 0.98,
	name: 0.97,
	'official-name': 0.95,
	'formal-name': 0.95,
	'un-name': 0.95,
	'iso-name': 0.93,
	'alt-name': 0.9,
	'qualified-name': 0.9,
	'former-name': 0.88,
	demonym: 0.8,
};
/** Nothing scoring below this is returned. */
export const MATCH_THRESHOLD = 0.7;
/** Candidates within this of the best make the answer ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** A fuzzy match scores at most this, so it never outranks an exact one. */
const FUZZY_CEILING = 0.9;
/**
 * The least similarity (1 − edits ÷ length, on whole names) a misspelling of a country's name may have:
 * one edit in five letters. A fuzzy match scores its similarity less 0.1, so `MATCH_THRESHOLD` is
 * exactly this allowance and 0.8 is one edit in ten letters.
 */
const COUNTRY_MIN_SIMILARITY = MATCH_THRESHOLD + 1 - FUZZY_CEILING;
/**
 * The resolver knows every country but not every city: a local authority's name matches
 * approximately only when at most 15% of it differs ("Sao Paolo" is São Paulo, "Harar" is not Harare).
 */
const LOCAL_MIN_SIMILARITY = 0.85;
/** A query word naming at most this many countries is distinctive enough for a partial match. */
const DISTINCTIVE = 2;
/**
 * Continents, oceans, regions and shared islands that appear in a few country names but are not
 * countries: "Africa" alone must not be South Africa, "America" the United States of America, nor
 * "Papua" Papua New Guinea.
 */
const NOT_DISTINCTIVE = new Set([
	'africa',
	'afrique',
	'america',
	'americas',
	'amerique',
	'antarctic',
	'antarctica',
	'arctic',
	'asia',
	'asie',
	'atlantic',
	'caribbean',
	'caribe',
	'europa',
	'europe',
	'indian',
	'ocean',
	'oceania',
	'pacific',
	'sahara',
	// islands shared with another state: Timor (Indonesia's West Timor), Papua (Indonesia's provinces)
	'papua',
	'timor',
]);
/**
 * The longest query `resolveGovernment` takes, in characters.
 */
export const MAX_QUERY_LENGTH = 200;
/**
 * The most candidates `resolveGovernment` returns.
 */
export const MAX_LIMIT = 50;

let loaded: ResolverIndex | undefined;

/** The prebuilt index, loaded on first use. */
function resolverIndex(): ResolverIndex {
	loaded ??= loadResolverIndex(resolverTable);
	return loaded;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

function candidate(
	target: Target,
	matchedOn: ResolveMatch,
	matched: string,
	score: number,
): ResolveCandidate {
	const { country, government } = target;
	// the keys in the order the API prints them
	return government
		? {
				id: target.id as GovernmentId,
				participant: true,
				government,
				country,
				matchedOn,
				matched,
				score,
			}
		: { id: target.id, participant: false, government: null, country, matchedOn, matched, score };
}

/** A query that is a run of whole words of a country's name ("Korea", "Herzegovina"). */
function partialMatches(index: ApproximateIndex, form: QueryForm): ResolveCandidate[] {
	if (form.key.length < 4) return [];
	const distinctive = form.words.find(
		(word) => index.countriesByWord.has(word) && !isGenericWord(index, word),
	);
	const targets = distinctive ? index.countriesByWord.get(distinctive) : undefined;
	if (!targets) return [];
	const found: ResolveCandidate[] = [];
	for (const name of index.names) {
		if (!targets.has(name.target) || NOT_PARTIAL.has(name.matchedOn)) continue;
		if (name.words.length <= form.words.length) continue;
		const at = name.words.findIndex((_, start) =>
			form.words.every((word, offset) => name.words[start + offset] === word),
		);
		if (at === -1) continue;
		const coverage = form.key.length / name.key.length;
		// words that start a name are its head ("États-Unis d'Amérique"); elsewhere a qualifier
		const weight =
			at === 0 ? FUZZY_CEILING - MATCH_THRESHOLD : (FUZZY_CEILING - MATCH_THRESHOLD) / 2;
		const score = round(MATCH_THRESHOLD + weight * coverage);
		found.push(candidate(name.target, 'partial', name.matched, score));
	}
	return found;
}

/** A word many country names share ("Republic", "Islands") or a continent: known, but not a name. */
function isGenericWord(index: ApproximateIndex, word: string): boolean {
	return NOT_DISTINCTIVE.has(word) || (index.countriesByWord.get(word)?.size ?? 0) > DISTINCTIVE;
}

/**
 * Names within a few edits, the allowance growing with length (see `resolveGovernment`). A query of
 * generic words only is not a misspelling: "Islands" is not one edit from "Islande" (Iceland).
 */
function fuzzyMatches(index: ApproximateIndex, form: QueryForm): ResolveCandidate[] {
	if (form.words.every((word) => isGenericWord(index, word))) return [];
	const required = distinguishingWords(
		form.words,
		(word) => index.countriesByWord.get(word)?.size ?? 0,
		DISTINCTIVE,
	);
	const wordsOfTarget = required.length > 0 ? index.wordsOfTarget() : undefined;
	const found: ResolveCandidate[] = [];
	// a target's other names of the same key are as far, and its first is the one a tie keeps
	for (const name of index.keyedNames) {
		const targetWords = wordsOfTarget?.get(name.target);
		if (!required.every((word) => targetWords?.has(word))) continue;
		const length = Math.max(form.key.length, name.key.length);
		const minSimilarity =
			name.target.kind === 'local' ? LOCAL_MIN_SIMILARITY : COUNTRY_MIN_SIMILARITY;
		const allowed = Math.floor(length * (1 - minSimilarity) + 1e-9);
		if (allowed === 0) continue;
		const distance = boundedEditDistance(form.key, name.key, allowed);
		if (distance === undefined || distance === 0) continue;
		const similarity = 1 - distance / length;
		const score = round(similarity - (1 - FUZZY_CEILING));
		found.push(candidate(name.target, 'fuzzy', name.matched, score));
	}
	return found;
}

function bestPerTarget(found: readonly ResolveCandidate[]): ResolveCandidate[] {
	const best = new Map<string, ResolveCandidate>();
	for (const match of found) {
		const known = best.get(match.id);
		if (!known || match.score > known.score) best.set(match.id, match);
	}
	return [...best.values()].sort(
		(a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
}

function checkArguments(options: unknown): { query: string; limit: number } {
	const args = checkOptions('resolveGovernment', options, ['query', 'limit'], { primary: 'query' });
	const query = args.string('query');
	if (query.length > MAX_QUERY_LENGTH) {
		throw new ArgumentError(
			'resolveGovernment',
			'query',
			`a string of at most ${MAX_QUERY_LENGTH} characters`,
			query,
			`got ${query.length} characters`,
		);
	}
	return { query, limit: args.optionalInteger('limit', { min: 1, max: MAX_LIMIT }) ?? 5 };
}

/**
 * Says which country or participating government a name, code, alias or misspelling means. It knows
 * every ISO 3166-1 country (codes; English, French and Spanish names from i18n-iso-countries; the
 * dataset's names and screened alternative names; the labelled aliases of data/aliases.json: the
 * UN's formal and short names, ISO 3166-3 former names, demonyms, qualified local authority names)
 * and the booklet's local authorities, and reports whether the best candidate took part: "USA" is
 * the United States, a `non-participant`.
 *
 * Matching ignores case, accents, punctuation, spaces and a leading article, turns an inverted query
 * round ("Korea, South") and spells out a few abbreviations ("Lao PDR", "DR Congo", "St Lucia").
 * Scores, best first:
 * - exact: 1 for a code or local authority id, 0.98 booklet name, 0.97 common name, 0.95 official,
 *   UN formal or UN name, 0.93 ISO name (en/fr/es), 0.9 alternative or qualified name, 0.88 former
 *   name, 0.8 demonym; when anything matches exactly, only exact matches are returned;
 * - `partial`, 0.7–0.9: the query is a run of whole words of a country's name and one of them names
 *   at most two countries and is not a continent, ocean, region or shared island ("Korea",
 *   "Herzegovina"; not "Africa", "Papua"); 0.7 + 0.2 × the share of the name it covers when the
 *   words start the name, 0.7 + 0.1 × that share elsewhere;
 * - `fuzzy`, 0.7–0.9: the similarity of the whole compacted names (1 − edits / length) less 0.1, for
 *   a similarity of at least 0.8 (0.85 for a local authority, as the resolver does not know other
 *   cities); codes never match approximately, a query made only of words many country names share
 *   ("Islands") is not matched approximately, and a query word that tells places apart (a compass
 *   point, or a word of at most two countries' names) blocks every name without it ("West Timor" is
 *   not Timor-Leste).
 *
 * Nothing scoring below `MATCH_THRESHOLD` (0.7) is returned; `ambiguous` is true when the runner-up
 * is within `AMBIGUITY_MARGIN` (0.05) of the best, and when the best is a participant found only
 * from a fragment of its name ("Sierra") or a misspelt first letter ("Luanda" is not "Ruanda"): a
 * participant is never named with confidence on such evidence. Blank or punctuation-only queries get no
 * candidates. The work per call is bounded: queries are capped at 200 characters and edit distances
 * give up past their allowance.
 * @throws ArgumentError naming the argument when `query` is not a string or longer than 200
 * characters, or `limit` is not an integer from 1 to 50
 * @example resolveGovernment({ query: 'USA' }).status // 'non-participant'
 * @example resolveGovernment({ query: 'Moldavie' }).candidates[0]?.id // 'MDA'
 */
export function resolveGovernment(options: {
	query: string;
	limit?: number | undefined;
}): Resolution {
	const { query, limit } = checkArguments(options);
	const index = resolverIndex();
	const exact = lookupExact(index.exact, query).map((entry) =>
		candidate(entry.target, entry.matchedOn, entry.matched, EXACT_SCORES[entry.matchedOn]),
	);
	const ranked = bestPerTarget(
		exact.length > 0
			? exact
			: queryForms(query).flatMap((form) => [
					...partialMatches(index.approximate(), form),
					...fuzzyMatches(index.approximate(), form),
				]),
	).filter((match) => match.score >= MATCH_THRESHOLD);
	const [first, second] = ranked;
	const firstLetter = queryForms(query)[0]?.key[0];
	// naming a participant from a fragment of its name ("Sierra", "Bissau", "Coast") or from a
	// misspelt first letter ("Luanda", Angola's capital, is one letter from "Ruanda") is a guess
	const guessed =
		first?.participant === true &&
		(first.matchedOn === 'partial' ||
			(first.matchedOn === 'fuzzy' && compactKey(nameWords(first.matched))[0] !== firstLetter));
	return {
		query,
		status: first ? (first.participant ? 'participant' : 'non-participant') : 'no-match',
		ambiguous:
			guessed ||
			(first !== undefined &&
				second !== undefined &&
				round(first.score - second.score) <= AMBIGUITY_MARGIN),
		candidates: ranked.slice(0, limit),
	};
}
