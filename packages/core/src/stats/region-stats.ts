import { countries, stories } from '../data.js';

export interface RegionStat {
	region: string;
	countries: number;
	localAuthorities: number;
	stories: number;
	/** countries of the region with at least one success story */
	countriesWithStory: number;
	/** share of the region's participating countries with a story, 0–1 */
	coverage: number;
	subregions: SubregionStat[];
}

export interface SubregionStat {
	subregion: string;
	countries: number;
	localAuthorities: number;
	stories: number;
	countriesWithStory: number;
	coverage: number;
}

function tally(members: typeof countries) {
	const codes = new Set(members.map((country) => country.alpha3));
	const withStory = new Set(
		stories.filter((story) => codes.has(story.country)).map((s) => s.country),
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

/** Participation and story coverage per UN region and sub-region, regions sorted by name. */
export function regionStats(): RegionStat[] {
	const regions = [...new Set(countries.map((country) => country.region))].sort();
	return regions.map((region) => {
		const members = countries.filter((country) => country.region === region);
		const subregions = [...new Set(members.map((country) => country.subregion))].sort();
		return {
			region,
			...tally(members),
			subregions: subregions.map((subregion) => ({
				subregion,
				...tally(members.filter((country) => country.subregion === subregion)),
			})),
		};
	});
}
