import { checkOptions } from '../arguments.js';
import { datasetVersion } from '../data.js';
import { editionRecords, optionalEdition } from '../editions.js';
import { ownStoriesOf } from '../governments/stories-of.js';
import { englishOnly } from '../i18n/english-only.js';
import type { Locale } from '../i18n/locale.js';
import type { ClaimCheck, EditionId } from '../types.js';
import { checkClaims } from './check-claims.js';
import { type RegionStat, regionStats } from './region-stats.js';

/**
 * The programme in numbers (`datasetStats()`).
 */
export interface DatasetStats {
	version: string;
	/** the edition counted; `null` when every edition is */
	edition: EditionId | null;
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
 * The programme in numbers, of one edition or of every edition, from a claims check in any locale
 * (internal: `datasetStats` here in English, in every locale at `@mgi-stories/core/i18n`).
 */
export function statsWith(
	locale: Locale,
	edition: EditionId | undefined,
	claims: ClaimCheck[],
): DatasetStats {
	const { countries, localAuthorities, stories } = editionRecords(edition);
	return {
		version: datasetVersion,
		edition: edition ?? null,
		countries: countries.length,
		localAuthorities: localAuthorities.length,
		stories: stories.length,
		storiesByLevel: {
			national: stories.filter((story) => story.level === 'national').length,
			local: stories.filter((story) => story.level === 'local').length,
		},
		countriesWithStory: countries.filter((country) => ownStoriesOf(country).length > 0).length,
		regions: regionStats({ locale, edition }),
		claims,
	};
}

/**
 * The programme in numbers, with the booklet's claims checked, in English (`datasetStats({ locale })`
 * at `@mgi-stories/core/i18n` gives them in French or Spanish): of one `edition` (one of
 * `EDITIONS`), or of every edition without one.
 * @example datasetStats({ edition: '2021' }).stories // 19
 */
export function datasetStats(
	options: { locale?: 'en' | undefined; edition?: EditionId | undefined } = {},
): DatasetStats {
	const args = checkOptions('datasetStats', options, ['locale', 'edition'], { optional: true });
	const edition = optionalEdition(args);
	return statsWith(englishOnly('datasetStats', args), edition, checkClaims({ edition }));
}
