/**
 * @module the resolver's index, loaded from the table `scripts/generate-modules.ts` prebuilds
 * (`resolver-table.ts`; this module imports no generated table, so the build can import it): every name already folded into its words and keys, so the first
 * `resolveGovernment` builds a few maps instead of normalising some 10,000 names.
 */
import { countries, localAuthorities } from '../data.js';
import type { Government } from '../types.js';
import {
	CODE_KINDS,
	indexRows,
	MATCH_KINDS,
	type MatchKind,
	type NameEntry,
} from './name-index.js';

/** An ISO 3166-1 country; `name` is its English name as i18n-iso-countries gives it first. */
export interface IsoCountry {
	alpha2: string;
	alpha3: string;
	numeric: string;
	name: string;
}

/**
 * Aliases matched exactly only: a demonym or a qualified name with a typo is too far from a name to
 * guess ("Austrian" is not "Australian"), and their words ("City", "American") name no country.
 */
export const EXACT_ONLY: ReadonlySet<MatchKind> = new Set(['demonym', 'qualified-name']);
/**
 * Aliases matched exactly or with typos, not by a run of their words, and whose words do not count
 * towards a word's distinctiveness: "Volta" is a region of Ghana, "Northern Ireland" a part of the
 * United Kingdom, and the UN's formal names share phrases across countries ("États-Unis du Mexique").
 */
export const NOT_PARTIAL: ReadonlySet<MatchKind> = new Set([
	...EXACT_ONLY,
	'former-name',
	'formal-name',
	'un-name',
]);

export interface Target {
	id: string;
	kind: 'country' | 'local';
	government: Government | null;
	country: IsoCountry;
}

export interface IndexedName {
	target: Target;
	matchedOn: MatchKind;
	matched: string;
	words: string[];
	key: string;
}

export interface ResolverIndex {
	exact: Map<string, NameEntry<Target>[]>;
	/** what partial and approximate matches need, built on the first query with no exact match */
	approximate(): ApproximateIndex;
}

export interface ApproximateIndex {
	/** every name (not code) with its variants, for partial and approximate matches */
	names: IndexedName[];
	/** for each word of a country's names, the countries using it */
	countriesByWord: Map<string, Set<Target>>;
	/** every word of each target's names: a candidate must have the query's distinguishing words */
	wordsOfTarget: Map<Target, Set<string>>;
}

/**
 * The resolver's index as data: targets (`[id, kind, alpha2, alpha3, numeric, English name]`), the
 * ids of those that took part, and every code and name of every target, each variant once, in the
 * order the index ranks them (`[target, kind, matched, its words joined by spaces]`; a kind is its
 * index in `MATCH_KINDS`).
 */
export interface ResolverTable {
	targets: readonly (readonly [string, Target['kind'], string, string, string, string])[];
	participants: readonly string[];
	rows: readonly (readonly [number, number, string, string])[];
}

/** The index of a table. */
export function loadResolverIndex(table: ResolverTable): ResolverIndex {
	const governmentsById = new Map<string, Government>();
	for (const country of countries) governmentsById.set(country.alpha3, country);
	for (const authority of localAuthorities) governmentsById.set(authority.id, authority);
	const participating = new Set(table.participants);
	const targets = table.targets.map(
		([id, kind, alpha2, alpha3, numeric, name]): Target => ({
			id,
			kind,
			government: participating.has(id) ? (governmentsById.get(id) ?? null) : null,
			country: { alpha2, alpha3, numeric, name },
		}),
	);
	const rows = table.rows.map(([at, kind, matched, spaced]) => ({
		target: targets[at] as Target,
		matchedOn: MATCH_KINDS[kind] as MatchKind,
		matched,
		spaced,
		key: spaced.replaceAll(' ', ''),
	}));
	let approximate: ApproximateIndex | undefined;
	return {
		exact: indexRows(rows),
		approximate: () => {
			approximate ??= approximateIndex(targets, rows);
			return approximate;
		},
	};
}

function approximateIndex(
	targets: readonly Target[],
	rows: readonly (Omit<IndexedName, 'words'> & { spaced: string })[],
): ApproximateIndex {
	const names = rows
		.filter(({ matchedOn }) => !CODE_KINDS.has(matchedOn) && !EXACT_ONLY.has(matchedOn))
		.map(({ spaced, ...row }): IndexedName => ({ ...row, words: spaced.split(' ') }));
	const countriesByWord = new Map<string, Set<Target>>();
	const wordsOfTarget = new Map<Target, Set<string>>(targets.map((each) => [each, new Set()]));
	for (const named of names) {
		const targetWords = wordsOfTarget.get(named.target);
		for (const word of named.words) targetWords?.add(word);
		if (named.target.kind !== 'country' || NOT_PARTIAL.has(named.matchedOn)) continue;
		for (const word of named.words) {
			const using = countriesByWord.get(word) ?? new Set<Target>();
			using.add(named.target);
			countriesByWord.set(word, using);
		}
	}
	return { names, countriesByWord, wordsOfTarget };
}
