/**
 * @module response schemas: core's record schemas, extended with the API's links and envelopes.
 * Build-time only: they make the OpenAPI document (./generate.ts), never the Worker's bundle.
 */
import { z } from '@hono/zod-openapi';
import { LOCALES } from '@mgi-stories/core';
import {
	AMBIGUITY_MARGIN,
	EXACT_SCORES,
	MATCH_KINDS,
	MATCH_THRESHOLD,
} from '@mgi-stories/core/resolve';
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
	TagSchema,
} from '@mgi-stories/core/schema';
import { PROBLEM_TYPE_IDS } from '../problem.js';
import { TAG_SOURCE } from '../representations/tag.js';

/** every property of a shape made optional */
function partialShape<Shape extends z.ZodRawShape>(shape: Shape) {
	return Object.fromEntries(
		Object.entries(shape).map(([name, schema]) => [name, (schema as z.ZodType).optional()]),
	) as unknown as { [Name in keyof Shape]: z.ZodOptional<Shape[Name]> };
}

/** A link: its example is the target as the API writes it, e.g. `/v1/stories/cambodia/citation`. */
const href = (description: string, example: string) => z.string().openapi({ description, example });

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
		suggestions: z
			.array(
				z.object({
					value: z.string().openapi({ description: 'The slug or id to try instead' }),
					href: z.string(),
					matched: z.string().openapi({ description: 'The name or code the resolver matched' }),
					score: z.number().min(0.7).max(1),
				}),
			)
			.optional()
			.openapi({
				description:
					'Did you mean: what the name resolver finds for a misspelt slug or code (404s only). Suggestions, never answers: the request still failed.',
			}),
	})
	.openapi('Problem', {
		description: `RFC 9457 problem details. Types: ${PROBLEM_TYPE_IDS.join(', ')}.`,
	});

export const MetaSchema = z
	.object({
		total: z.int(),
		limit: z.int(),
		offset: z.int(),
		duplicates: z
			.array(
				z.object({
					code: z.string().openapi({ description: 'The code as given', example: '076' }),
					sameAs: z
						.string()
						.openapi({ description: 'The earlier code that named it', example: 'BRA' }),
					id: z.string().openapi({ description: 'The government both name', example: 'BRA' }),
				}),
			)
			.optional()
			.openapi({
				description:
					'Bulk lookup only (/v1/governments?id=): the codes that named a government an earlier code already named; it is listed once.',
			}),
	})
	.openapi('PageMeta');

export const PageLinksSchema = z
	.object({
		self: href('This page', '/v1/governments?limit=20&offset=20'),
		first: href('First page', '/v1/governments?limit=20&offset=0'),
		prev: href('Previous page', '/v1/governments?limit=20&offset=0').optional(),
		next: href('Next page', '/v1/governments?limit=20&offset=40').optional(),
		last: href('Last page', '/v1/governments?limit=20&offset=100'),
		source: href('The publication, citation and licence', '/v1/source'),
	})
	.openapi('PageLinks');

export const StoryLinksSchema = z.object({
	self: href('The story', '/v1/stories/cambodia'),
	citation: href('Its citation (APA by default)', '/v1/stories/cambodia/citation'),
	government: href(
		'The government it concerns: its local authority or its country',
		'/v1/governments/KHM',
	),
	country: href('Its country', '/v1/governments/KHM'),
});

/** `translation: 'ours'` on a label that is our translation of a UN title (see `labelTranslationIn`) */
const labelTranslation = z.literal('ours').optional().openapi({
	description:
		'Present, as `ours`, when the label is this project’s translation of a Global Compact objective’s title rather than the UN’s official wording in the response’s language (A/RES/73/195 as the UN Network on Migration publishes it; see /v1/source): show it as our translation. Absent on every other label, and on the titles that are the UN’s.',
	example: 'ours',
});

/** A tag as the API shows it: the booklet's evidence, the value's label and whose reading it is. */
export const StoryTagSchema = z
	.object({
		...TagSchema.shape,
		label: z.string().openapi({
			description: 'The value’s label in the response’s language (our words: see /v1/facets).',
		}),
		translation: labelTranslation,
		source: z.literal(TAG_SOURCE).openapi({
			description:
				'Whose statement the tag is: this project’s own reading of the booklet (CC BY 4.0; see /v1/source), not IOM’s. Only `evidence` is the booklet’s words, quoted verbatim.',
		}),
	})
	.openapi('StoryTag');

const storyItemShape = {
	...StorySchema.shape,
	tags: z.array(StoryTagSchema),
	links: StoryLinksSchema,
};

/** A story as lists and exports show it: core's record plus links. */
export const StoryItemSchema = z.object(storyItemShape).openapi('Story');

/**
 * A story cut down by `fields=`: any subset of a story's fields, `slug` (its key) always kept.
 * A separate schema (not a weakened `Story`) so full items stay strictly described.
 */
export const StoryFieldsSchema = z
	.object({ ...partialShape(storyItemShape), slug: StorySchema.shape.slug })
	.openapi('StoryFields', { description: 'A story with only the fields asked for; slug always.' });

export const StorySummarySchema = z
	.object({
		slug: z.string(),
		heading: z.string(),
		page: z.int(),
		level: z.enum(['national', 'local']),
		localAuthority: z.string().nullable(),
		links: z.object({ self: href('The story', '/v1/stories/cambodia') }),
	})
	.openapi('StorySummary');

const GovernmentLinksSchema = z.object({
	self: href('The government', '/v1/governments/KHM'),
	stories: href('Its stories', '/v1/stories?country=KHM'),
	country: href('Its country (local authorities)', '/v1/governments/BRA').optional(),
});

/** A government's names in the response's language (`lang`, else Accept-Language). */
export const LocalizedNamesSchema = z
	.object({
		language: z
			.enum(LOCALES)
			.openapi({ description: 'The language of these names (also in Content-Language)' }),
		name: z.string().min(1).openapi({
			description:
				'A country’s UN Terminology (UNTERM) short name in French and Spanish, without its article, and the booklet’s spelling in English; a local authority’s name as the booklet prints it, in every language',
			example: 'Allemagne',
		}),
		officialName: z.string().min(1).optional().openapi({
			description:
				'A country’s official name: UN Terminology (UNTERM)’s formal name in French and Spanish, without its article (as the site shows it), and the record’s `officialName` in English. Absent for a local authority, where UNTERM lists no formal name in the language (Côte d’Ivoire, Türkiye) and where its formal name only repeats the short name (le Népal, el Canadá): a short name is never given as an official one.',
			example: 'República de Albania',
		}),
		region: z.string().min(1).openapi({ description: 'The country’s UN M49 region' }),
		subregion: z.string().min(1).openapi({ description: 'The country’s UN M49 sub-region' }),
		intermediateRegion: z
			.string()
			.min(1)
			.optional()
			.openapi({ description: 'The country’s UN M49 intermediate region, where M49 has one' }),
	})
	.openapi('LocalizedNames', {
		description:
			'Names in the language asked for: countries by their UN Terminology (UNTERM) short names in French and Spanish and the booklet’s spelling in English (their official names by UNTERM’s formal names), areas by their UNSD M49 names, local authorities as the booklet prints them. The English and official fields beside it never change with the language.',
	});

/** Each exact match kind's score, from core's own table, then the approximate ones. */
const kindsByScore = new Map<number, string[]>();
for (const [kind, score] of Object.entries(EXACT_SCORES))
	kindsByScore.set(score, [...(kindsByScore.get(score) ?? []), kind]);
const RESOLVER_SCORES = `${[...kindsByScore]
	.sort(([a], [b]) => b - a)
	.map(([score, kinds]) => `${score} ${kinds.join(', ')}`)
	.join(
		'; ',
	)}; partial 0.7 + 0.2 × share of the name covered (0.1 × when the words do not start it); fuzzy (1 − edits ÷ length) − 0.1, so one typo in a ten-letter name scores 0.8. Nothing below ${MATCH_THRESHOLD} is returned.`;

const StoryCountSchema = z.int().openapi({
	description:
		'How many success stories are about this government itself: a country’s national stories, a local authority’s own (São Paulo’s story is not counted for Brazil). `hasStory` filters on it and `/v1/stats` counts countries by it.',
	example: 1,
});

const LocalAuthorityLocalizedSchema = LocalizedNamesSchema.extend({
	level: z.string().min(1).openapi({
		description:
			'Its level (`level.value`) in the response’s language: the project’s translation in French and Spanish (CC BY 4.0, the word the site shows), the value itself in English.',
		example: 'État',
	}),
	levelReason: z.string().min(1).openapi({
		description:
			'Our reading of its level (`level.reason`) in the response’s language: the project’s translation in French and Spanish (CC BY 4.0, the one the site shows), the record’s own in English. A quotation of the booklet in it stays in English.',
		example: 'La brochure cite Montréal parmi les autorités locales de son pays, …',
	}),
	pointIs: z.string().min(1).openapi({
		description:
			'What its point stands for (`gazetteer.pointIs`) in the response’s language: the project’s translation in French and Spanish (CC BY 4.0, the words the site shows), the record’s own in English.',
		example:
			'le siège du gouvernement de l’État (Oaxaca, entité GeoNames PPLA), et non le territoire de l’État',
	}),
}).openapi('LocalAuthorityLocalized');

/** A local authority as a country or a story embeds it: the record, with its names and reading in the response’s language. */
const LocalAuthorityRecordSchema = LocalAuthoritySchema.extend({
	localized: LocalAuthorityLocalizedSchema,
}).openapi('LocalAuthorityRecord');

const countryItemShape = {
	id: z.string().openapi({ description: 'ISO 3166-1 alpha-3' }),
	...CountrySchema.shape,
	localAuthorities: z.array(LocalAuthorityRecordSchema),
	localized: LocalizedNamesSchema,
	storyCount: StoryCountSchema,
	links: GovernmentLinksSchema,
};
const localAuthorityItemShape = {
	...LocalAuthoritySchema.shape,
	name: z.string().openapi({
		description:
			'The local authority’s name as the booklet prints it (the only name the dataset has for it)',
		example: 'São Paulo',
	}),
	localized: LocalAuthorityLocalizedSchema,
	storyCount: StoryCountSchema,
	links: GovernmentLinksSchema,
};

export const CountryItemSchema = z.object(countryItemShape).openapi('Country');
export const LocalAuthorityItemSchema = z.object(localAuthorityItemShape).openapi('LocalAuthority');

export const GovernmentItemSchema = z
	.discriminatedUnion('kind', [CountryItemSchema, LocalAuthorityItemSchema])
	.openapi('Government');

/** A government cut down by `fields=`: any subset of its fields, `id` always kept. */
export const GovernmentFieldsSchema = z
	.object({
		...partialShape(localAuthorityItemShape),
		...partialShape(countryItemShape),
		kind: z.enum(['country', 'local']).optional(),
		country: z
			.string()
			.optional()
			.openapi({ description: 'alpha-3 of the country (local authorities)' }),
		id: z.string().openapi({ description: 'alpha-3 of a country, or a local authority id' }),
	})
	.openapi('GovernmentFields', {
		description: 'A government with only the fields asked for; id always.',
	});

const { localAuthorities: _, ...countrySummaryShape } = CountrySchema.shape;
export const CountrySummarySchema = z
	.object({
		id: z.string(),
		...countrySummaryShape,
		localized: LocalizedNamesSchema,
		links: GovernmentLinksSchema,
	})
	.openapi('CountrySummary');

export const CitationsSchema = z
	.object({ apa: z.string(), chicago: z.string(), bibtex: z.string(), ris: z.string() })
	.openapi('Citations');

const StorySummariesSchema = z.array(StorySummarySchema);

/** One object (not an `allOf` of closed objects, which no instance can satisfy). */
export const StoryDetailSchema = z
	.object({
		...storyItemShape,
		government: z.object({
			country: CountrySummarySchema,
			localAuthority: LocalAuthorityRecordSchema.nullable(),
		}),
		citations: CitationsSchema,
	})
	.openapi('StoryDetail');

export const CountryDetailSchema = z
	.object({
		...countryItemShape,
		stories: StorySummariesSchema.openapi({
			description:
				'The stories about the country and its local authorities, each with its level (so Brazil lists São Paulo’s local story while its `storyCount` is 0)',
		}),
	})
	.openapi('CountryDetail');

export const LocalAuthorityDetailSchema = z
	.object({
		...localAuthorityItemShape,
		country: CountrySummarySchema,
		stories: StorySummariesSchema,
	})
	.openapi('LocalAuthorityDetail');

export const GovernmentDetailSchema = z
	.discriminatedUnion('kind', [CountryDetailSchema, LocalAuthorityDetailSchema])
	.openapi('GovernmentDetail');

export const FacetCountSchema = z
	.object({
		facet: z.enum(FACET_IDS),
		label: z.string(),
		description: z.string(),
		rule: z.string(),
		values: z.array(
			FacetValueSchema.extend({
				translation: labelTranslation,
				count: z.int(),
				links: z.object({
					stories: href('The stories tagged with this value', '/v1/stories?topic=health'),
				}),
			}),
		),
	})
	.openapi('FacetCount');

const areaLabel = z.string().min(1).openapi({
	description: 'The area’s name in the response’s language (the UN’s English name in English)',
});

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
		edition: z.string().nullable().openapi({
			description: 'The edition counted (the `edition` parameter); null when every edition is',
		}),
		countries: z.int(),
		localAuthorities: z.int(),
		stories: z.int(),
		storiesByLevel: z.object({ national: z.int(), local: z.int() }),
		countriesWithStory: z.int(),
		regions: z.array(
			TallySchema.extend({
				region: z.string().openapi({ description: 'UN M49 region, as the UN spells it' }),
				label: areaLabel,
				regionCode: z.string().openapi({ description: 'UN M49 code, e.g. 002' }),
				subregions: z.array(
					TallySchema.extend({
						subregion: z.string(),
						label: areaLabel,
						subregionCode: z.string(),
						intermediateRegions: z.array(
							TallySchema.extend({
								intermediateRegion: z.string(),
								label: areaLabel,
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

const IsoCountrySchema = z
	.object({
		alpha2: z.string().openapi({ example: 'US' }),
		alpha3: z.string().openapi({ example: 'USA' }),
		numeric: z.string().openapi({ example: '840' }),
		name: z.string().openapi({
			description: 'English name, as i18n-iso-countries gives it first',
			example: 'United States of America',
		}),
	})
	.openapi('IsoCountry', {
		description:
			'An ISO 3166-1 country: the candidate itself, or the country a local authority lies in',
	});

const GovernmentRefSchema = z
	.object({
		id: z.string(),
		kind: z.enum(['country', 'local']),
		bookletName: z.string(),
		localized: LocalizedNamesSchema,
		country: z.string().openapi({ description: 'alpha-3 of the country' }),
		links: z.object({ self: href('The government', '/v1/governments/KHM') }),
	})
	.openapi('GovernmentRef', {
		description:
			'A participating government (in a resolution, `null` for a country that did not take part)',
	});

export const ResolutionSchema = z
	.object({
		query: z.string(),
		status: z.enum(['participant', 'non-participant', 'no-match']).openapi({
			description:
				'What the best candidate is: a participating government, an ISO 3166-1 country that did not take part in the MGI (2016–2021), or nothing at or above the 0.7 threshold (then `candidates` is empty).',
		}),
		ambiguous: z.boolean().openapi({
			description: `True when the runner-up scores within ${AMBIGUITY_MARGIN} of the best candidate (computed before \`limit\`), and when the best is a participant found only from a fragment of its name ("Sierra") or from a misspelt first letter ("Luanda" is one letter from "Ruanda"): a participant is never named with confidence on such evidence.`,
		}),
		candidates: z.array(
			z.object({
				id: z.string().openapi({
					description:
						"A participant's id (alpha-3 or local authority id), or a non-participant country's ISO alpha-3",
				}),
				participant: z.boolean().openapi({
					description: 'Whether the booklet lists it among the participating governments',
				}),
				matchedOn: z.enum([...MATCH_KINDS, 'partial', 'fuzzy']).openapi({
					description:
						'What matched: a code (alpha3, alpha2, numeric, id), a name exactly (booklet-name, name, official-name, formal-name and un-name for the UN’s names, iso-name for an English/French/Spanish ISO name, alt-name), an alias exactly (qualified-name, former-name, demonym), a run of whole words of a country name (partial), or a misspelling (fuzzy)',
				}),
				matched: z
					.string()
					.openapi({ description: 'The code or name that matched, as its source spells it' }),
				score: z.number().min(0.7).max(1).openapi({
					description: RESOLVER_SCORES,
				}),
				country: IsoCountrySchema,
				government: z.union([GovernmentRefSchema, z.null()]),
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
		allWords: z.boolean().openapi({
			description:
				'False when the hit matches only some of the query’s words; such hits follow every hit that matches them all',
		}),
		snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })),
		terms: z.array(z.string()),
		links: z.object({ self: href('The story or government', '/v1/stories/cambodia') }),
	})
	.openapi('SearchHit');

export const SourceSchema = z
	.object({
		version: z
			.string()
			.openapi({ description: 'Content hash of the dataset (also in every ETag)' }),
		publication: PublicationSchema.openapi({
			description: 'The latest edition of the booklet (the last of `publications`)',
		}),
		publications: z
			.array(PublicationSchema)
			.openapi({ description: 'Every edition of the booklet the dataset has, oldest first' }),
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

/** A page of a list with sparse fieldsets: full items, or items cut down by `fields=`. */
export const sparsePageEnvelope = <T extends z.ZodType, F extends z.ZodType>(item: T, fields: F) =>
	pageEnvelope(z.union([item, fields]));

export const IndexSchema = z
	.object({
		name: z.string(),
		description: z.string(),
		version: z.string().openapi({ description: 'Content hash of the dataset' }),
		links: z
			.record(z.string(), z.string())
			.openapi({ description: 'Paths and URI templates (RFC 6570)' }),
	})
	.openapi('Index');

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });

export const ProblemTypeSchema = z.object({
	type: z.string(),
	title: z.string(),
	status: z.int(),
	description: z.string(),
});
