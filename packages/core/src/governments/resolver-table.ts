/**
 * @module the resolver's table, built from the data at build time (`scripts/generate-modules.ts`
 * emits it as `src/generated/resolver-table.ts`; nothing at runtime imports this module)
 */
import { countries, localAuthorities } from '../data.js';
import { DataError } from '../errors.js';
import { aliases } from '../generated/aliases.js';
import { unNames } from '../generated/un-names.js';
import { worldNames } from '../generated/world-names.js';
import { UN_NAME_LANGUAGES } from '../i18n/locale.js';
import type { Country } from '../types.js';
import {
	governmentId,
	MATCH_KINDS,
	type MatchKind,
	nameRows,
	participantNames,
} from './name-index.js';
import type { IsoCountry, ResolverTable, Target } from './resolver-index.js';

/**
 * The resolver's table: every ISO 3166-1 country and local authority with every name it is known by,
 * folded into words and keys (build time: `scripts/generate-modules.ts` emits it).
 */
export function buildResolverTable(): ResolverTable {
	const participants = new Map<string, Country>(
		countries.map((country) => [country.alpha3, country]),
	);
	const namesOfTarget = new Map<Target, [MatchKind, string][]>();
	const isoByAlpha3 = new Map<string, IsoCountry>();
	for (const world of worldNames.countries) {
		const { alpha2, alpha3, numeric } = world;
		const country: IsoCountry = { alpha2, alpha3, numeric, name: world.names.en[0] as string };
		isoByAlpha3.set(alpha3, country);
		const government = participants.get(alpha3) ?? null;
		const isoNames = [...world.names.en, ...world.names.fr, ...world.names.es].map(
			(name): [MatchKind, string] => ['iso-name', name],
		);
		const own: [MatchKind, string][] = government
			? participantNames(government)
			: [
					['alpha3', alpha3],
					['alpha2', alpha2],
					['numeric', numeric],
				];
		namesOfTarget.set({ id: alpha3, kind: 'country', government, country }, [...own, ...isoNames]);
	}
	const unknown = countries.filter((country) => !isoByAlpha3.has(country.alpha3));
	if (unknown.length > 0) {
		throw new DataError(
			'world-names',
			unknown.map((c) => c.alpha3).join(', '),
			'alpha3',
			'no ISO 3166-1 entry',
		);
	}
	for (const authority of localAuthorities) {
		const country = isoByAlpha3.get(authority.country);
		if (!country)
			throw new DataError('localAuthorities', authority.id, 'country', 'no ISO 3166-1 country');
		namesOfTarget.set(
			{ id: governmentId(authority), kind: 'local', government: authority, country },
			participantNames(authority),
		);
	}
	addAliases(namesOfTarget);
	const targets = [...namesOfTarget.keys()];
	const at = new Map(targets.map((target, index) => [target, index]));
	const rows = [...nameRows(targets, (target) => namesOfTarget.get(target) ?? [])];
	return {
		targets: targets.map((target) => [
			target.id,
			target.kind,
			target.country.alpha2,
			target.country.alpha3,
			target.country.numeric,
			target.country.name,
		]),
		participants: targets.filter((target) => target.government).map((target) => target.id),
		rows: rows.map((row) => [
			at.get(row.target) ?? -1,
			MATCH_KINDS.indexOf(row.matchedOn),
			row.matched,
			row.words.join(' '),
		]),
	};
}

function addAliases(namesOfTarget: Map<Target, [MatchKind, string][]>): void {
	const byId = new Map([...namesOfTarget.keys()].map((target) => [target.id, target]));
	const add = (id: string, kind: MatchKind, name: string) => {
		const target = byId.get(id);
		if (!target) throw new DataError('aliases', id, 'id', 'no country or local authority');
		namesOfTarget.get(target)?.push([kind, name]);
	};
	for (const country of unNames.countries) {
		for (const locale of UN_NAME_LANGUAGES) {
			const unterm = country.unterm[locale];
			if (unterm) {
				add(country.alpha3, 'formal-name', unterm.formal);
				add(country.alpha3, 'un-name', unterm.short);
			}
			add(country.alpha3, 'un-name', country.m49Names[locale]);
		}
	}
	for (const group of aliases.groups) {
		for (const [id, names] of Object.entries(group.names)) {
			for (const name of names) add(id, group.kind, name);
		}
	}
}
