/**
 * @module @mgi-stories/core/resolve: the name resolver, which country or participating government a
 * name, code, alias or misspelling means, against every ISO 3166-1 country; its tables (every
 * country's names in three languages, the UN's names, the aliases) load with this entry only
 */
export { type FormerName, formerNames } from './governments/former-names.js';
export { MATCH_KINDS, type MatchKind } from './governments/name-index.js';
export {
	AMBIGUITY_MARGIN,
	EXACT_SCORES,
	type IsoCountry,
	MATCH_THRESHOLD,
	MAX_LIMIT,
	MAX_QUERY_LENGTH,
	type Resolution,
	type ResolveCandidate,
	type ResolveMatch,
	type ResolveStatus,
	resolveGovernment,
} from './governments/resolve-government.js';
