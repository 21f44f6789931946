/** @module response schemas: core's record schemas, extended with the API's links and envelopes */
import { z } from '@hono/zod-openapi';
import {
	ClaimCheckSchema,
	CountrySchema,
	FACET_IDS,
	FacetValueSchema,
	GovernmentSourcesSchema,
	LicenceSchema,
	LocalAuthoritySchema,
	PublicationSchema,
	StorySchema,
} from '@mgi-stories/core/schema';
import { PROBLEM_TYPE_IDS } from '../problem.js';

const href = (description: string) => z.string().openapi({ description, example: '/v1/stories' });

export const ProblemSchema = z
	.object({
		type: z.string().openapi({ description: 'URI of the problem type, documented at that path' }),
		title: z.string(),
		status: z.int(),
		detail: z.string(),
		instance: z.string().openapi({ description: 'The request target that caused the problem' }),
		invalid_params: z
			.array(
				z.object({
					name: z.string(),
					reason: z.string(),
					allowed: z.array(z.string()).optional(),
				}),
			)
			.optional(),
		allowed: z.array(z.string()).optional(),
	})
	.openapi('Problem', {
		description: `RFC 9457 problem details. Types: ${PROBLEM_TYPE_IDS.join(', ')}.`,
	});

export const MetaSchema = z
	.object({ total: z.int(), limit: z.int(), offset: z.int() })
	.openapi('PageMeta');

export const PageLinksSchema = z
	.object({
		self: href('This page'),
		first: href('First page'),
		prev: href('Previous page').optional(),
		next: href('Next page').optional(),
		last: href('Last page'),
		source: href('The publication, citation and licence'),
	})
	.openapi('PageLinks');

export const StoryLinksSchema = z.object({
	self: href('The story'),
	citation: href('Its citation (APA by default)'),
	government: href('The government it concerns: its local authority or its country'),
	country: href('Its country'),
});

export const StoryItemSchema = StorySchema.extend({ links: StoryLinksSchema }).openapi('Story');

export const StorySummarySchema = z
	.object({
		slug: z.string(),
		heading: z.string(),
		page: z.int(),
		level: z.enum(['national', 'local']),
		localAuthority: z.string().nullable(),
		links: z.object({ self: href('The story') }),
	})
	.openapi('StorySummary');

const GovernmentLinksSchema = z.object({
	self: href('The government'),
	stories: href('Its stories'),
	country: href('Its country (local authorities)').optional(),
});

export const CountryItemSchema = CountrySchema.extend({
	id: z.string().openapi({ description: 'ISO 3166-1 alpha-3' }),
	storyCount: z.int(),
	links: GovernmentLinksSchema,
}).openapi('Country');

export const LocalAuthorityItemSchema = LocalAuthoritySchema.extend({
	storyCount: z.int(),
	links: GovernmentLinksSchema,
}).openapi('LocalAuthority');

export const GovernmentItemSchema = z
	.discriminatedUnion('kind', [CountryItemSchema, LocalAuthorityItemSchema])
	.openapi('Government');

export const CountrySummarySchema = CountrySchema.omit({ localAuthorities: true })
	.extend({ id: z.string(), links: GovernmentLinksSchema })
	.openapi('CountrySummary');

export const CitationsSchema = z
	.object({ apa: z.string(), chicago: z.string(), bibtex: z.string(), ris: z.string() })
	.openapi('Citations');

export const StoryDetailSchema = StoryItemSchema.extend({
	government: z.object({
		country: CountrySummarySchema,
		localAuthority: LocalAuthoritySchema.nullable(),
	}),
	citations: CitationsSchema,
}).openapi('StoryDetail');

export const GovernmentDetailSchema = z
	.discriminatedUnion('kind', [
		CountryItemSchema.extend({ stories: z.array(StorySummarySchema) }),
		LocalAuthorityItemSchema.extend({
			country: CountrySummarySchema,
			stories: z.array(StorySummarySchema),
		}),
	])
	.openapi('GovernmentDetail');

export const FacetCountSchema = z
	.object({
		facet: z.enum(FACET_IDS),
		label: z.string(),
		description: z.string(),
		rule: z.string(),
		values: z.array(
			FacetValueSchema.extend({
				count: z.int(),
				links: z.object({ stories: href('The stories tagged with this value') }),
			}),
		),
	})
	.openapi('FacetCount');

const TallySchema = z.object({
	countries: z.int(),
	localAuthorities: z.int(),
	stories: z.int(),
	countriesWithStory: z.int(),
	coverage: z.number().openapi({ description: 'Share of countries with a story, 0–1' }),
});

export const StatsSchema = z
	.object({
		version: z.string(),
		countries: z.int(),
		localAuthorities: z.int(),
		stories: z.int(),
		storiesByLevel: z.object({ national: z.int(), local: z.int() }),
		countriesWithStory: z.int(),
		regions: z.array(
			TallySchema.extend({
				region: z.string().openapi({ description: 'UN M49 region, as the UN spells it' }),
				regionCode: z.string().openapi({ description: 'UN M49 code, e.g. 002' }),
				subregions: z.array(
					TallySchema.extend({
						subregion: z.string(),
						subregionCode: z.string(),
						intermediateRegions: z.array(
							TallySchema.extend({
								intermediateRegion: z.string(),
								intermediateRegionCode: z.string(),
							}),
						),
					}),
				),
			}),
		),
		claims: z.array(ClaimCheckSchema),
	})
	.openapi('Stats');

export const ResolutionSchema = z
	.object({
		query: z.string(),
		ambiguous: z.boolean(),
		candidates: z.array(
			z.object({
				id: z.string(),
				matchedOn: z.string().openapi({
					description:
						'alpha3, alpha2, numeric, id, booklet-name, name, official-name, alt-name or fuzzy',
				}),
				matched: z.string(),
				score: z.number(),
				government: z.object({
					id: z.string(),
					kind: z.enum(['country', 'local']),
					bookletName: z.string(),
					country: z.string().openapi({ description: 'alpha-3 of the country' }),
					links: z.object({ self: href('The government') }),
				}),
			}),
		),
	})
	.openapi('Resolution');

export const SearchHitSchema = z
	.object({
		kind: z.enum(['story', 'government']),
		id: z.string(),
		title: z.string(),
		score: z.number(),
		snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })),
		terms: z.array(z.string()),
		links: z.object({ self: href('The story or government') }),
	})
	.openapi('SearchHit');

export const SourceSchema = z
	.object({
		version: z
			.string()
			.openapi({ description: 'Content hash of the dataset (also in every ETag)' }),
		publication: PublicationSchema,
		citation: z.string().openapi({ description: 'The citation the booklet requires' }),
		licence: LicenceSchema,
		sources: GovernmentSourcesSchema,
		notice: z.string(),
		links: z.record(z.string(), z.string()),
	})
	.openapi('Source');

/** `{ data }` */
export const envelope = <T extends z.ZodType>(data: T) => z.object({ data });

/** `{ data: [...], meta, links }` */
export const pageEnvelope = <T extends z.ZodType>(item: T) =>
	z.object({ data: z.array(item), meta: MetaSchema, links: PageLinksSchema });
