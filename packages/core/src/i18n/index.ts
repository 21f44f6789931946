/**
 * @module @mgi-stories/core/i18n: the project's French and Spanish translations of its own words
 * (CC BY 4.0): the vocabulary, the claims, the local authorities' levels, our readings of them and
 * what their points are, and the claims check's sentences. The main entry is in English; names (`governmentName`, `regionName`) and facet labels (`facetLabel`) are there in
 * every locale, as lookups need them.
 */
export { checkClaims, countFacets, datasetStats } from './localized-stats.js';
export {
	isOurGcmTitle,
	type LocalAuthorityWords,
	localizedClaim,
	localizedLevelReason,
	localizedLocalAuthority,
	localizedVocabulary,
} from './vocabulary.js';
