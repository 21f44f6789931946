import * as z from 'zod';
import {
	type DeepReadonly,
	EditionIdSchema,
	PointSchema,
	SlugSchema,
	VerbatimSchema,
} from './common.js';
import { SourceIdSchema, SourceSchema } from './source.js';

/** A three-digit UN M49 code, e.g. `002` (Africa) or `013` (Central America). */
export const M49CodeSchema = z.string().regex(/^\d{3}$/, 'an M49 code is three digits');

/** The administrative level of a local authority's government. */
export const LOCAL_LEVELS = [
	'municipality',
	'district',
	'province',
	'department',
	'state',
] as const;
export const LocalLevelSchema = z.enum(LOCAL_LEVELS);
export type LocalLevel = z.infer<typeof LocalLevelSchema>;

/** What a local authority is, why we say so, and on whose word (the booklet's or our own reading). */
export const LevelDecisionSchema = z.strictObject({
	value: LocalLevelSchema,
	reason: z.string().min(1),
	source: SourceIdSchema,
});

/** The ISO 3166-2 first-level subdivision a local authority lies in (or is). */
export const SubdivisionSchema = z.strictObject({
	code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code is CC-XXX'),
	name: z.string().min(1),
	source: SourceIdSchema,
	/** the gazetteer's first-level division it was mapped from */
	admin1: z.strictObject({
		code: z.string().min(1),
		name: z.string().min(1),
		source: SourceIdSchema,
	}),
	/** how the gazetteer's division was mapped to the ISO code */
	mapping: z.string().min(1),
});

/** Where a local authority's point comes from: the gazetteer place it was matched to, and what that place is. */
export const GazetteerMatchSchema = z.strictObject({
	source: SourceIdSchema,
	geonameId: z.string().regex(/^\d+$/),
	name: z.string().min(1),
	/** the GeoNames feature code, e.g. PPLA (seat of a first-order administrative division) */
	feature: z.string().regex(/^[A-Z0-9]+$/),
	/** what the point stands for: a municipality's own place, or a state's seat of government */
	pointIs: z.string().min(1),
});

export const LocalAuthoritySchema = z.strictObject({
	/** `<country alpha-2 lowercased>-<slug of the booklet name>`, e.g. `br-sao-paulo` */
	id: SlugSchema,
	kind: z.literal('local'),
	edition: EditionIdSchema,
	/** the name exactly as the booklet lists it */
	bookletName: VerbatimSchema,
	country: z.string().regex(/^[A-Z]{3}$/),
	level: LevelDecisionSchema,
	subdivision: SubdivisionSchema,
	point: PointSchema,
	gazetteer: GazetteerMatchSchema,
});
export type LocalAuthority = DeepReadonly<z.infer<typeof LocalAuthoritySchema>>;

export const CountrySchema = z.strictObject({
	kind: z.literal('country'),
	edition: EditionIdSchema,
	/** the name exactly as the booklet lists it */
	bookletName: VerbatimSchema.describe('The name exactly as the booklet lists it'),
	/** the common English name (world-countries) */
	name: z
		.string()
		.min(1)
		.describe(
			'The common English name, from world-countries, not the UN’s: the name to show is `localized.name` (in English the booklet’s spelling, in French and Spanish UNTERM’s short name)',
		),
	/** the official name (world-countries, unless `officialNameSource` says it is our reading) */
	officialName: z.string().min(1),
	/** set where the official name is this project's reading, not world-countries'; `sources` gives the reason */
	officialNameSource: z.literal('mgi-stories-reading').optional(),
	alpha2: z.string().regex(/^[A-Z]{2}$/),
	alpha3: z.string().regex(/^[A-Z]{3}$/),
	numeric: z.string().regex(/^\d{3}$/),
	/** UN M49 region, named as the UN spells it, e.g. "Africa", "Americas" */
	region: z.string().min(1),
	regionCode: M49CodeSchema,
	/** UN M49 sub-region, e.g. "Sub-Saharan Africa", "Latin America and the Caribbean" */
	subregion: z.string().min(1),
	subregionCode: M49CodeSchema,
	/** UN M49 intermediate region, where M49 has one, e.g. "Central America" */
	intermediateRegion: z.string().min(1).optional(),
	intermediateRegionCode: M49CodeSchema.optional(),
	point: PointSchema,
	altNames: z.array(z.string().min(1)),
	localAuthorities: z.array(LocalAuthoritySchema),
});
export type Country = DeepReadonly<z.infer<typeof CountrySchema>>;

export type Government = Country | LocalAuthority;

/** Every source the governments' fields come from, each with its version, licence and the fields it gives. */
export const GovernmentSourcesSchema = z.array(SourceSchema).min(1);

export const GovernmentsFileSchema = z.strictObject({
	sources: GovernmentSourcesSchema,
	countries: z.array(CountrySchema),
});
