/**
 * @module the types of the published data: deeply read-only records, and the ids, codes and facet
 * values as literal unions generated from the data at build (so a typo in a filter fails to compile).
 * No zod type is reachable from here: a consumer's compiler loads none.
 */
export type {
	ClaimId,
	CountryAlpha2,
	CountryAlpha3,
	CountryNumeric,
	FacetId,
	FacetValueIds,
	LocalAuthorityId,
	StorySlug,
} from './generated/literals.js';
export type {
	Claim,
	ClaimCheck,
	ClaimSubject,
	ClaimValue,
	ClaimVerdict,
	ClassificationAttribution,
	Country,
	DatasetDocument,
	DatasetRelease,
	DeepReadonly,
	EditionId,
	Facet,
	FacetValue,
	FacetValueId,
	Government,
	GovernmentId,
	GovernmentSources,
	LocalAuthority,
	LocalLevel,
	Photo,
	Point,
	Publication,
	Release,
	Source,
	StatedNumber,
	Story,
	Tag,
	Vocabulary,
} from './records.js';
