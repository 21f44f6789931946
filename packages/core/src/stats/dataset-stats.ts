import { checkOptions } from '../arguments.js';
import { countries, datasetVersion, localAuthorities, stories } from '../data.js';
import { ownStoriesOf } from '../governments/stories-of.js';
import type { Locale } from '../i18n/locale.js';
import type { ClaimCheck } from '../types.js';
import { checkClaims } from './check-claims.js';
import { type RegionStat, regionStats } from './region-stats.js';

/**
 * The programme in numbers (`datasetStats()`).
 */
export interface DatasetStats {
	version: string;
	countries: number;
	localAuthorities: number;
	stories: number;
	storiesByLevel: { national: number; local: number };
	/** countries with a success story of their own (`ownStoriesOf`): São Paulo's story does not make Brazil one */
	countriesWithStory: number;
	regions: RegionStat[];
	claims: ClaimCheck[];
}

/**
 * The programme in numbers, with the booklet's claims checked; our words and area names in `locale`.
 * @example datasetStats({ locale: 'fr' }).stories // 19
 */
export function datasetStats(options: { locale?: Locale | undefined } = {}): DatasetStats {
	const locale = checkOptions('datasetStats', options, ['locale'], { optional: true }).locale();
	return {
		version: datasetVersion,
		countries: countries.length,
		localAuthorities: localAuthorities.length,
		stories: stories.length,
		storiesByLevel: {
			national: stories.filter((story) => story.level === 'national').length,
			local: stories.filter((story) => story.level === 'local').length,
		},
		countriesWithStory: countries.filter((country) => ownStoriesOf(country).length > 0).length,
		regions: regionStats({ locale }),
		claims: checkClaims({ locale }),
	};
}
