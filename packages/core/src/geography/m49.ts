import { checkArgument, type OptionChecks } from '../arguments.js';
import { countries } from '../data.js';
import { normalizeName } from '../text/normalize.js';
import type { Country } from '../types.js';

/** The three levels of the UN M49 hierarchy above a country. */
export const M49_LEVELS = ['region', 'subregion', 'intermediateRegion'] as const;
/** One of `M49_LEVELS`. */
export type M49Level = (typeof M49_LEVELS)[number];

/** A UN M49 area that at least one participating country belongs to (an item of `m49Areas()`). */
export interface M49Area {
	level: M49Level;
	/** the name as the UN spells it, e.g. "Latin America and the Caribbean" */
	name: string;
	/** the three-digit M49 code, e.g. "419" */
	code: string;
	/** the M49 code of the area it belongs to (none for a region) */
	parentCode: string | null;
	/** participating countries in the area */
	countries: number;
}

/**
 * A country's M49 area at one level: name and code, or undefined where M49 has none (intermediate regions).
 * @example m49AreaOf(governmentById({ id: 'BRA' }), 'subregion') // { name: 'Latin America and the Caribbean', code: '419' }
 */
export function m49AreaOf(
	country: Country,
	level: M49Level,
): { name: string; code: string } | undefined {
	checkArgument('m49AreaOf', 'country', country).government('country');
	return areaOf(country, checkArgument('m49AreaOf', 'level', level).oneOf('level', M49_LEVELS));
}

function areaOf(country: Country, level: M49Level): { name: string; code: string } | undefined {
	if (level === 'region') return { name: country.region, code: country.regionCode };
	if (level === 'subregion') return { name: country.subregion, code: country.subregionCode };
	return country.intermediateRegion && country.intermediateRegionCode
		? { name: country.intermediateRegion, code: country.intermediateRegionCode }
		: undefined;
}

const valuesAt = new Map<M49Level, string[]>();

/**
 * Checks the region filters of `fn`'s options: each value must be the name (matched like
 * `normalizeName`) or M49 code of an area of a participating country, so "Narnia" is an error listing them.
 */
export function checkAreaFilters(args: OptionChecks): Record<M49Level, string[] | undefined> {
	const checked = (level: M49Level) => {
		let allowed = valuesAt.get(level);
		if (!allowed) {
			allowed = m49Areas()
				.filter((area) => area.level === level)
				.flatMap((area) => [area.name, area.code]);
			valuesAt.set(level, allowed);
		}
		return args.optionalListOf(level, allowed, normalizeName);
	};
	return {
		region: checked('region'),
		subregion: checked('subregion'),
		intermediateRegion: checked('intermediateRegion'),
	};
}

/**
 * True when no value is wanted, or the country's area at that level has one of the wanted names or M49 codes.
 * @example inM49Area(governmentById({ id: 'BRA' }), 'region', ['Americas']) // true
 */
export function inM49Area(
	country: Country,
	level: M49Level,
	wanted: readonly string[] | undefined,
): boolean {
	const checked = checkArgument('inM49Area', 'level', level).oneOf('level', M49_LEVELS);
	checkArgument('inM49Area', 'country', country).government('country');
	const areas = checkAreaFilters(checkArgument('inM49Area', checked, wanted));
	return matchesArea(country, checked, areas[checked]);
}

/** `inM49Area` for checked arguments: the filters' loop. */
export function matchesArea(
	country: Country,
	level: M49Level,
	wanted: readonly string[] | undefined,
): boolean {
	if (!wanted) return true;
	const area = areaOf(country, level);
	if (!area) return false;
	return wanted.some(
		(value) => value.trim() === area.code || normalizeName(value) === normalizeName(area.name),
	);
}

/**
 * Every UN M49 region, sub-region and intermediate region of the participating countries, sorted by
 * level then name: the vocabulary of region filters.
 * @example m49Areas().filter((area) => area.level === 'region').map((area) => area.name)
 */
export function m49Areas(): M49Area[] {
	const byCode = new Map<string, M49Area>();
	for (const country of countries) {
		let parentCode: string | null = null;
		for (const level of M49_LEVELS) {
			const area = areaOf(country, level);
			if (!area) continue;
			const known = byCode.get(area.code);
			if (known) known.countries += 1;
			else byCode.set(area.code, { level, ...area, parentCode, countries: 1 });
			parentCode = area.code;
		}
	}
	return [...byCode.values()].sort(
		(a, b) =>
			M49_LEVELS.indexOf(a.level) - M49_LEVELS.indexOf(b.level) ||
			a.name.localeCompare(b.name, 'en'),
	);
}
