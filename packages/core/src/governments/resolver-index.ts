/**
 * @module the resolver's index, loaded from the table `scripts/generate-modules.ts` prebuilds
 * (`resolver-table.ts`; this module imports no generated table, so the build can import it): every name already folded into its words and keys, so the first
 * `resolveGovernment` builds a few maps instead of normalising some 10,000 names.
 */
import { countries, localAuthorities } from '../data.js';
import type { Government } from '../types.js';
import {
	CODE_KINDS,
	type ExactIndex,
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
	exact: ExactIndex<Target>;
	/** what partial and approximate matches need, built on the first query with no exact match */
	approximate(): ApproximateIndex;
}

export interface ApproximateIndex {
	/** every name (not code) with its variants, for partial and approximate matches */
	names: IndexedName[];
	/**
	 * the names of `names` with a key of their own: each target's first name (the strongest) of each
	 * key, for approximate matches, which compare keys only
	 */
	keyedNames: IndexedName[];
	/** for each word of a country's names, the countries using it */
	countriesByWord: Map<string, Set<Target>>;
	/**
	 * every word of each target's names: a candidate must have the query's distinguishing words
	 * (built when a query first has some)
	 */
	wordsOfTarget(): ReadonlyMap<Target, ReadonlySet<string>>;
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
	// the first call runs these loops cold: rows stay the table's arrays, grouped by their key, and
	// become entries when a lookup finds them
	const keys = table.rows.map((row) => row[3].replaceAll(' ', ''));
	const rowsByKey = new Map<string, number[]>();
	keys.forEach((key, at) => {
		const rows = rowsByKey.get(key);
		if (rows) rows.push(at);
		else rowsByKey.set(key, [at]);
	});
	const entry = (at: number): NameEntry<Target> => {
		const row = table.rows[at] as ResolverTable['rows'][number];
		return {
			target: targets[row[0]] as Target,
			matchedOn: MATCH_KINDS[row[1]] as MatchKind,
			matched: row[2],
		};
	};
	let approximate: ApproximateIndex | undefined;
	return {
		exact: { get: (key) => rowsByKey.get(key)?.map(entry) },
		approximate: () => {
			approximate ??= approximateIndex(targets, table.rows, keys);
			return approximate;
		},
	};
}

function approximateIndex(
	targets: readonly Target[],
	rows: ResolverTable['rows'],
	keys: readonly string[],
): ApproximateIndex {
	const names: IndexedName[] = [];
	const keyedNames: IndexedName[] = [];
	const keysOfTarget = new Map<Target, Set<string>>();
	rows.forEach((row, at) => {
		const matchedOn = MATCH_KINDS[row[1]] as MatchKind;
		if (CODE_KINDS.has(matchedOn) || EXACT_ONLY.has(matchedOn)) return;
		const target = targets[row[0]] as Target;
		const key = keys[at] as string;
		const named: IndexedName = {
			target,
			matchedOn,
			matched: row[2],
			words: row[3].split(' '),
			key,
		};
		names.push(named);
		let seen = keysOfTarget.get(target);
		if (!seen) {
			seen = new Set();
			keysOfTarget.set(target, seen);
		}
		if (!seen.has(key)) {
			seen.add(key);
			keyedNames.push(named);
		}
	});
	const countriesByWord = new Map<string, Set<Target>>();
	for (const named of names) {
		if (named.target.kind !== 'country' || NOT_PARTIAL.has(named.matchedOn)) continue;
		for (const word of named.words) {
			let using = countriesByWord.get(word);
			if (!using) {
				using = new Set<Target>();
				countriesByWord.set(word, using);
			}
			using.add(named.target);
		}
	}
	let wordsOfTarget: Map<Target, Set<string>> | undefined;
	return {
		names,
		keyedNames,
		countriesByWord,
		wordsOfTarget: () => {
			if (!wordsOfTarget) {
				wordsOfTarget = new Map(targets.map((each) => [each, new Set()]));
				for (const named of names) {
					const targetWords = wordsOfTarget.get(named.target);
					for (const word of named.words) targetWords?.add(word);
				}
			}
			return wordsOfTarget;
		},
	};
}
