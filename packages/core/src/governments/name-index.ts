import { countries, localAuthorities } from '../data.js';
import type { Government, LocalAuthority } from '../schema/government.js';
import { normalizeName } from '../text/normalize.js';

/** How a query matched a government, strongest first. */
export const MATCH_KINDS = [
	'alpha3',
	'alpha2',
	'numeric',
	'id',
	'booklet-name',
	'name',
	'official-name',
	'alt-name',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface NameEntry {
	government: Government;
	matchedOn: MatchKind;
	/** the code or name as the dataset spells it */
	matched: string;
}

let index: Map<string, NameEntry[]> | undefined;

/** Every code and name of every government, keyed by its normalized form; built once, on first use. */
export function nameIndex(): ReadonlyMap<string, readonly NameEntry[]> {
	if (index) return index;
	const built = new Map<string, NameEntry[]>();
	const add = (government: Government, matchedOn: MatchKind, matched: string) => {
		const key = normalizeName(matched);
		const entries = built.get(key) ?? [];
		if (!entries.some((entry) => entry.government === government)) {
			entries.push({ government, matchedOn, matched });
		}
		built.set(key, entries);
	};
	for (const country of countries) {
		add(country, 'alpha3', country.alpha3);
		add(country, 'alpha2', country.alpha2);
		add(country, 'numeric', country.numeric);
		add(country, 'booklet-name', country.bookletName);
		add(country, 'name', country.name);
		add(country, 'official-name', country.officialName);
		for (const name of country.altNames) add(country, 'alt-name', name);
	}
	for (const authority of localAuthorities) {
		add(authority, 'id', authority.id);
		add(authority, 'booklet-name', authority.bookletName);
		for (const name of placeNames(authority)) add(authority, 'name', name);
	}
	for (const entries of built.values()) {
		entries.sort((a, b) => MATCH_KINDS.indexOf(a.matchedOn) - MATCH_KINDS.indexOf(b.matchedOn));
	}
	index = built;
	return built;
}

/** A municipality's gazetteer place is itself ("Montréal"); a state's is its seat, another place's name. */
function placeNames(authority: LocalAuthority): string[] {
	return authority.level.value === 'state' ? [] : [authority.gazetteer.name];
}

/** Every name a government is known by (for display and full-text search). */
export function namesOf(government: Government): string[] {
	return government.kind === 'country'
		? [government.bookletName, government.name, government.officialName, ...government.altNames]
		: [government.bookletName, ...placeNames(government)];
}

/** The stable identifier the API and site use for a government: alpha-3 for a country, its id for a local authority. */
export function governmentId(government: Government): string {
	return government.kind === 'country' ? government.alpha3 : government.id;
}
