/**
 * @module the types of the published data: deeply read-only, with ids, codes and facet values as
 * literal unions generated from the data at build (so a typo in a slug or a facet value fails to compile)
 */
import type * as z from 'zod';
import type {
	CountryAlpha2,
	CountryAlpha3,
	CountryNumeric,
	FacetId,
	FacetValueIds,
	LocalAuthorityId,
	StorySlug,
} from './generated/literals.js';
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
export type { ClaimSubject } from './schema/claim.js';
export type { DeepReadonly, EditionId, Point } from './schema/common.js';

/** `Base` with the types of some of its fields narrowed, every field read-only. */
type Narrow<Base, Fields> = {
	readonly [Key in keyof Base]: Key extends keyof Fields ? Fields[Key] : Base[Key];
};

/** The value ids of one facet (or of all facets). */
export type FacetValueId<Id extends FacetId = FacetId> = FacetValueIds[Id];

/** A classification of a story along one facet, with the verbatim phrase that justifies it. */
export type Tag = {
	[Id in FacetId]: Narrow<schema.Tag, { facet: Id; value: FacetValueIds[Id] }>;
}[FacetId];
export type Photo = schema.Photo;

export type LocalAuthority = Narrow<
	schema.LocalAuthority,
	{ id: LocalAuthorityId; country: CountryAlpha3 }
>;
export type Country = Narrow<
	schema.Country,
	{
		alpha2: CountryAlpha2;
		alpha3: CountryAlpha3;
		numeric: CountryNumeric;
		localAuthorities: readonly LocalAuthority[];
	}
>;
/** A participating government: a country or one of its local authorities. */
export type Government = Country | LocalAuthority;
export type GovernmentSources = schema.DeepReadonly<z.infer<typeof schema.GovernmentSourcesSchema>>;

/** One of the booklet's success stories, verbatim, with its classification tags. */
export type Story = Narrow<
	schema.Story,
	{
		slug: StorySlug;
		country: CountryAlpha3;
		localAuthority: LocalAuthorityId | null;
		tags: readonly Tag[];
	}
>;

export type FacetValue<Id extends FacetId = FacetId> = Narrow<
	schema.FacetValue,
	{ id: FacetValueIds[Id] }
>;
export type Facet = {
	[Id in FacetId]: Narrow<schema.Facet, { id: Id; values: readonly FacetValue<Id>[] }>;
}[FacetId];
export type Vocabulary = Narrow<schema.Vocabulary, { facets: readonly Facet[] }>;

export type Publication = schema.Publication;
export type Claim = schema.Claim;
export type ClaimCheck = schema.ClaimCheck;
export type DatasetDocument = schema.DatasetDocument;
