/**
 * @module the types of the published data: deeply read-only records, and the ids, codes and facet
 * values as literal unions generated from the data at build (so a typo in a filter fails to compile)
 */
import type * as z from 'zod';
import type { FacetId, FacetValueIds } from './generated/literals.js';
import type * as schema from './schema/index.js';

export type {
	CountryAlpha2,
	CountryAlpha3,
	CountryNumeric,
	FacetId,
	FacetValueIds,
	LocalAuthorityId,
	StorySlug,
} from './generated/literals.js';
export type { ClaimSubject, ClaimVerdict } from './schema/claim.js';
export type { DeepReadonly, EditionId, Point } from './schema/common.js';
export type { LocalLevel } from './schema/government.js';
export type { Source } from './schema/source.js';
export type { ClassificationAttribution } from './schema/vocabulary.js';

/** A version of the data (its content hash, `datasetVersion`) and the day it was released (YYYY-MM-DD). */
export interface DatasetRelease {
	readonly version: string;
	readonly date: string;
}

/** The value ids of one facet (or of all facets). */
export type FacetValueId<Id extends FacetId = FacetId> = FacetValueIds[Id];

// The records' types are those of the schemas, deeply read-only. Ids and codes stay `string` in them,
// so records and values from every entry point interchange; the literal unions above type arguments.
export type {
	Claim,
	ClaimCheck,
	Country,
	DatasetDocument,
	Facet,
	FacetValue,
	Government,
	LocalAuthority,
	Photo,
	Publication,
	Story,
	Tag,
	Vocabulary,
} from './schema/index.js';
export type GovernmentSources = schema.DeepReadonly<z.infer<typeof schema.GovernmentSourcesSchema>>;
