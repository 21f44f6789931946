import * as z from 'zod';
import { type DeepReadonly, EditionIdSchema, VerbatimSchema } from './common.js';

export const LicenceSchema = z.strictObject({
	id: z.literal('CC-BY-NC-ND-3.0-IGO'),
	name: VerbatimSchema,
	url: z.url(),
	notice: VerbatimSchema,
});

export const ContentsEntrySchema = z.strictObject({
	title: VerbatimSchema,
	page: z.union([z.int().positive(), z.string().regex(/^[IVXLC]+$/)]),
});

/** One edition of the booklet, as printed on its imprint page. */
export const PublicationSchema = z.strictObject({
	id: z.string(),
	edition: EditionIdSchema,
	title: VerbatimSchema,
	publisher: VerbatimSchema,
	publisherShort: z.string(),
	place: z.string(),
	year: z.int(),
	isbn: z.strictObject({ pdf: z.string(), print: z.string() }),
	copyright: VerbatimSchema,
	licence: LicenceSchema,
	requiredCitation: VerbatimSchema,
	funding: VerbatimSchema,
	disclaimer: VerbatimSchema,
	contact: z.strictObject({ email: z.email(), url: z.url() }),
	participationPeriod: z.strictObject({ from: z.int(), to: z.int() }),
	contents: z.array(ContentsEntrySchema).min(1),
	url: z.url(),
});
export type Publication = DeepReadonly<z.infer<typeof PublicationSchema>>;
