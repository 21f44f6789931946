import { checkOptions } from '../arguments.js';
import { editionRecords, optionalEdition } from '../editions.js';
import { m49AreaOf } from '../geography/m49.js';
import type { Locale } from '../i18n/locale.js';
import { regionName } from '../i18n/names.js';
import type { Country, EditionId, Story } from '../types.js';

/**
 * Participation and story coverage in one UN M49 area.
 */
export interface AreaTally {
	countries: number;
	localAuthorities: number;
	stories: number;
	/** countries of the area with a national success story (a local authority's story makes its country a participant only) */
	countriesWithStory: number;
	/** share of the area's participating countries with a story, 0–1 */
	coverage: number;
}

/** Participation in a UN M49 region, with its sub-regions. */
export interface RegionStat extends AreaTally {
	/** UN M49 region name, e.g. "Africa" */
	region: string;
	/** the region's name in the locale asked for (the UN's English name by default) */
	label: string;
	/** UN M49 code, e.g. "002" */
	regionCode: string;
	subregions: SubregionStat[];
}

/**
 * A sub-region's tally, with its intermediate regions.
 */
export interface SubregionStat extends AreaTally {
	subregion: string;
	/** the sub-region's name in the locale asked for */
	label: string;
	subregionCode: string;
	/** the M49 intermediate regions within it, where M49 has them (empty otherwise) */
	intermediateRegions: IntermediateRegionStat[];
}

/**
 * An intermediate region's tally.
 */
export interface IntermediateRegionStat extends AreaTally {
	intermediateRegion: string;
	/** the intermediate region's name in the locale asked for */
	label: string;
	intermediateRegionCode: string;
}

function tallyOf(members: readonly Country[], stories: readonly Story[]): AreaTally {
	const codes = new Set(members.map((country) => country.alpha3));
	const withStory = new Set(
		stories
			.filter((story) => story.level === 'national' && codes.has(story.country))
			.map((story) => story.country),
	);
	return {
		countries: members.length,
		localAuthorities: members.reduce((sum, country) => sum + country.localAuthorities.length, 0),
		stories: stories.filter((story) => codes.has(story.country)).length,
		countriesWithStory: withStory.size,
		coverage:
			members.length === 0 ? 0 : Math.round((withStory.size / members.length) * 1000) / 1000,
	};
}

/** The members grouped by their M49 area at one level, areas sorted by name. */
function groupBy(
	members: readonly Country[],
	level: 'region' | 'subregion' | 'intermediateRegion',
): { name: string; code: string; members: Country[] }[] {
	const groups = new Map<string, { name: string; code: string; members: Country[] }>();
	for (const country of members) {
		const area = m49AreaOf(country, level);
		if (!area) continue;
		const group = groups.get(area.code) ?? { ...area, members: [] };
		group.members.push(country);
		groups.set(area.code, group);
	}
	return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * Participation and story coverage per UN M49 region, sub-region and intermediate region, sorted by
 * (English) name, of one `edition` (one of `EDITIONS`) or of every edition; each area's `label` is
 * its name in `locale`.
 * @example regionStats({ locale: 'fr' }).find((region) => region.regionCode === '002')?.label // 'Afrique'
 */
export function regionStats(
	options: { locale?: Locale | undefined; edition?: EditionId | undefined } = {},
): RegionStat[] {
	const args = checkOptions('regionStats', options, ['locale', 'edition'], { optional: true });
	const locale = args.locale();
	const { countries, stories } = editionRecords(optionalEdition(args));
	const tally = (members: readonly Country[]) => tallyOf(members, stories);
	return groupBy(countries, 'region').map((region) => ({
		region: region.name,
		label: regionName(region.code, { locale }),
		regionCode: region.code,
		...tally(region.members),
		subregions: groupBy(region.members, 'subregion').map((subregion) => ({
			subregion: subregion.name,
			label: regionName(subregion.code, { locale }),
			subregionCode: subregion.code,
			...tally(subregion.members),
			intermediateRegions: groupBy(subregion.members, 'intermediateRegion').map((intermediate) => ({
				intermediateRegion: intermediate.name,
				label: regionName(intermediate.code, { locale }),
				intermediateRegionCode: intermediate.code,
				...tally(intermediate.members),
			})),
		})),
	}));
}
