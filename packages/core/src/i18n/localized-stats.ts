/** @module the statistics whose words are the project's own, in every locale: the main entry's are in English */
import { checkOptions } from '../arguments.js';
import { stories } from '../data.js';
import { optionalEdition } from '../editions.js';
import { englishSentences } from '../generated/catalogue-sentences.js';
import { translatedSentences } from '../generated/catalogue-translations.js';
import { claimChecks } from '../stats/claim-checks.js';
import { type FacetCount, facetCounts } from '../stats/count-facets.js';
import { type DatasetStats, statsWith } from '../stats/dataset-stats.js';
import type { ClaimCheck, EditionId, Story } from '../types.js';
import type { Locale } from './locale.js';
import { localizedClaim, localizedVocabulary } from './vocabulary.js';

function claimChecksIn(locale: Locale, edition: EditionId | undefined): ClaimCheck[] {
	const sentences = locale === 'en' ? englishSentences : translatedSentences[locale];
	return claimChecks({ locale, sentences }, edition, (claim) => localizedClaim(claim, { locale }));
}

/**
 * The main entry's `checkClaims` in a locale: each claim's description and check and each detail
 * sentence in the project's translation (numbers and plurals by `Intl`); the quotes, facts and
 * `values` never change. English without a `locale`.
 * @example checkClaims({ locale: 'fr' })[0]?.detail
 */
export function checkClaims(
	options: { locale?: Locale | undefined; edition?: EditionId | undefined } = {},
): ClaimCheck[] {
	const args = checkOptions('checkClaims', options, ['locale', 'edition'], { optional: true });
	return claimChecksIn(args.locale(), optionalEdition(args));
}

/**
 * The main entry's `datasetStats` in a locale: the claims checked and the areas named in it.
 * @example datasetStats({ locale: 'fr' }).stories // 19
 */
export function datasetStats(
	options: { locale?: Locale | undefined; edition?: EditionId | undefined } = {},
): DatasetStats {
	const args = checkOptions('datasetStats', options, ['locale', 'edition'], { optional: true });
	const locale = args.locale();
	const edition = optionalEdition(args);
	return statsWith(locale, edition, claimChecksIn(locale, edition));
}

/**
 * The main entry's `countFacets` in a locale: each facet's and value's label and description in the
 * project's translation, with the same counts.
 * @example countFacets({ locale: 'es' }).find((facet) => facet.facet === 'topic')?.label // 'Tema'
 */
export function countFacets(
	options: { stories?: readonly Story[] | undefined; locale?: Locale | undefined } = {},
): FacetCount[] {
	const args = checkOptions('countFacets', options, ['stories', 'locale'], { optional: true });
	const { facets } = localizedVocabulary({ locale: args.locale() });
	return facetCounts(facets, args.optionalStories('stories') ?? stories);
}
