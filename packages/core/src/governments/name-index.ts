import { checkArgument } from '../arguments.js';
import { countries, localAuthorities } from '../data.js';
import { translatedNames } from '../i18n/names.js';
import type { Government, GovernmentId, LocalAuthority } from '../types.js';
import { compactKey, nameVariants, nameWords, queryForms } from './name-key.js';

/** How a query matched a government, strongest first (`ResolveCandidate.matchedOn`). */
export const MATCH_KINDS = [
	'alpha3',
	'alpha2',
	'numeric',
	'id',
	'booklet-name',
	'name',
	'official-name',
	'formal-name',
	'un-name',
	'iso-name',
	'alt-name',
	'qualified-name',
	'former-name',
	'demonym',
] as const;
/** One of `MATCH_KINDS`. */
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Kinds that are codes: matched exactly or not at all, never approximately. */
export const CODE_KINDS: ReadonlySet<MatchKind> = new Set(['alpha3', 'alpha2', 'numeric', 'id']);

/** Every code and name a participating government is known by in the dataset, with its kind. */
export function participantNames(government: Government): [MatchKind, string][] {
	if (government.kind === 'local') {
		return [
			['id', government.id],
			['booklet-name', government.bookletName],
			...placeNames(government).map((name): [MatchKind, string] => ['name', name]),
		];
	}
	return [
		['alpha3', government.alpha3],
		['alpha2', government.alpha2],
		['numeric', government.numeric],
		['booklet-name', government.bookletName],
		['name', government.name],
		['official-name', government.officialName],
		...[...government.altNames, ...translatedNames(government.alpha3)].map(
			(name): [MatchKind, string] => ['alt-name', name],
		),
	];
}

export interface NameEntry<Target> {
	target: Target;
	matchedOn: MatchKind;
	/** the code or name as its source spells it */
	matched: string;
}

/** One code or name (or a variant of it) of a target, with the key it is looked up by. */
export interface NameRow<Target> extends NameEntry<Target> {
	key: string;
}

/** Every code and name of each target, and their variants, with their keys (codes as they are). */
export function* nameRows<Target>(
	targets: readonly Target[],
	namesOf: (target: Target) => readonly [MatchKind, string][],
): Generator<NameRow<Target> & { words: string[] }> {
	for (const target of targets) {
		for (const [matchedOn, matched] of namesOf(target)) {
			const variants = CODE_KINDS.has(matchedOn) ? [matched] : nameVariants(matched);
			for (const variant of variants) {
				const words = nameWords(variant);
				if (words.length > 0) yield { target, matchedOn, matched, words, key: compactKey(words) };
			}
		}
	}
}

/** Each key's entries, in their order (a `Map` is one). */
export interface ExactIndex<Target> {
	get(key: string): readonly NameEntry<Target>[] | undefined;
}

/**
 * An exact-match index of rows: each key's rows (the entries), in their order; `lookupExact` ranks
 * those of the key it finds, so building the index only groups them.
 */
export function indexRows<Target>(
	rows: Iterable<NameRow<Target>>,
): Map<string, NameEntry<Target>[]> {
	const built = new Map<string, NameEntry<Target>[]>();
	for (const row of rows) {
		const entries = built.get(row.key);
		if (entries) entries.push(row);
		else built.set(row.key, [row]);
	}
	return built;
}

/**
 * An exact-match index: every code and name (and its variants), keyed by its compact form.
 */
export function buildNameIndex<Target>(
	targets: readonly Target[],
	namesOf: (target: Target) => readonly [MatchKind, string][],
): Map<string, NameEntry<Target>[]> {
	return indexRows(nameRows(targets, namesOf));
}

const strength = (kind: MatchKind) => MATCH_KINDS.indexOf(kind);

/** One entry per target (its strongest kind, where it first came), strongest kind first. */
function ranked<Target>(entries: readonly NameEntry<Target>[]): NameEntry<Target>[] {
	const kept: NameEntry<Target>[] = [];
	for (const entry of entries) {
		const at = kept.findIndex((each) => each.target === entry.target);
		const existing = kept[at];
		if (!existing) kept.push(entry);
		else if (strength(entry.matchedOn) < strength(existing.matchedOn)) kept[at] = entry;
	}
	return kept.sort((a, b) => strength(a.matchedOn) - strength(b.matchedOn));
}

/**
 * The exact entries for a query, one per target, strongest kind first: those of its first form (as
 * typed, then abbreviations spelled out) that has any.
 */
export function lookupExact<Target>(
	index: ExactIndex<Target>,
	query: string,
): readonly NameEntry<Target>[] {
	for (const form of queryForms(query)) {
		const entries = index.get(form.key);
		if (entries) return ranked(entries);
	}
	return [];
}

let index: Map<string, NameEntry<Government>[]> | undefined;

/** Every code and name of every participating government; built once, on first use. */
export function nameIndex(): ReadonlyMap<string, readonly NameEntry<Government>[]> {
	index ??= buildNameIndex<Government>([...countries, ...localAuthorities], participantNames);
	return index;
}

/** A municipality's gazetteer place is itself ("Montréal"); a state's is its seat, another place's name. */
function placeNames(authority: LocalAuthority): string[] {
	return authority.level.value === 'state' ? [] : [authority.gazetteer.name];
}

/**
 * Every name a government is known by, in English, French and Spanish (for display and full-text search).
 * @example namesOf(governmentById({ id: 'TUR' })) // ['Turkey', 'Türkiye', 'Republic of Türkiye', …]
 */
export function namesOf(government: Government): string[] {
	checkArgument('namesOf', 'government', government).government('government');
	return government.kind === 'country'
		? [
				...new Set([
					government.bookletName,
					government.name,
					government.officialName,
					...government.altNames,
					...translatedNames(government.alpha3),
				]),
			]
		: [government.bookletName, ...placeNames(government)];
}

/**
 * The stable identifier the API and site use for a government: alpha-3 for a country, its id for a local authority.
 * @example governmentId(findGovernment({ query: 'São Paulo' })) // 'br-sao-paulo'
 */
export function governmentId(government: Government): GovernmentId {
	checkArgument('governmentId', 'government', government).government('government');
	return government.kind === 'country' ? government.alpha3 : government.id;
}
