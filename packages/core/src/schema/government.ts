import * as z from 'zod';
import {
	type DeepReadonly,
	EditionIdSchema,
	PointSchema,
	SlugSchema,
	VerbatimSchema,
} from './common.js';

/** Where a local authority's coordinate comes from: the gazetteer feature it was matched to. */
export const GazetteerMatchSchema = z.strictObject({
	source: z.string().regex(/^[\w@/.-]+@\d+\.\d+\.\d+$/, 'a source is package@version'),
	feature: z.enum(['city', 'state']),
	name: z.string().min(1),
});

export const LocalAuthoritySchema = z.strictObject({
	/** `<country alpha-2 lowercased>-<slug of the booklet name>`, e.g. `br-sao-paulo` */
	id: SlugSchema,
	kind: z.literal('local'),
	edition: EditionIdSchema,
	/** the name exactly as the booklet lists it */
	bookletName: VerbatimSchema,
	country: z.string().regex(/^[A-Z]{3}$/),
	point: PointSchema,
	gazetteer: GazetteerMatchSchema,
});
export type LocalAuthority = DeepReadonly<z.infer<typeof LocalAuthoritySchema>>;

export const CountrySchema = z.strictObject({
	kind: z.literal('country'),
	edition: EditionIdSchema,
	/** the name exactly as the booklet lists it */
	bookletName: VerbatimSchema,
	/** the common English name from world-countries */
	name: z.string().min(1),
	officialName: z.string().min(1),
	alpha2: z.string().regex(/^[A-Z]{2}$/),
	alpha3: z.string().regex(/^[A-Z]{3}$/),
	numeric: z.string().regex(/^\d{3}$/),
	region: z.string().min(1),
	subregion: z.string().min(1),
	point: PointSchema,
	altNames: z.array(z.string().min(1)),
	localAuthorities: z.array(LocalAuthoritySchema),
});
export type Country = DeepReadonly<z.infer<typeof CountrySchema>>;

export type Government = Country | LocalAuthority;

/** The libraries the governments' codes, regions, points and names come from. */
export const GovernmentSourcesSchema = z.strictObject({
	codes: z.string(),
	regions: z.string(),
	points: z.string(),
	altNames: z.array(z.string()).min(1),
	gazetteer: z.string(),
	note: z.string(),
});

export const GovernmentsFileSchema = z.strictObject({
	sources: GovernmentSourcesSchema,
	countries: z.array(CountrySchema),
});
