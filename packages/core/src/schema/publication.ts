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
	/** the booklet's id; its verbatim text, which the build reads, is `booklet/<id>.md` */
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
	/** every funding statement the booklet prints, verbatim, with where it is printed */
	funding: z
		.array(z.strictObject({ statement: VerbatimSchema, printed: z.string().min(1) }))
		.min(1),
	/** the whole disclaimer of the imprint page, verbatim */
	disclaimer: VerbatimSchema,
	/**
	 * The MGI programme's contact from the back cover. It is not the work's address: the booklet
	 * identifies the work by its ISBNs only, so citations and the data package never use this URL for it.
	 */
	programmeContact: z.strictObject({ email: z.email(), url: z.url(), note: z.string().min(1) }),
	participationPeriod: z.strictObject({ from: z.int(), to: z.int() }),
	contents: z.array(ContentsEntrySchema).min(1),
});
export type Publication = DeepReadonly<z.infer<typeof PublicationSchema>>;

/**
 * Every edition of the booklet, oldest first (`publication` is the last, the latest): adding an
 * edition adds an entry here and its stories, governments and claims under its id, with no change
 * to the code.
 */
export const PublicationsFileSchema = z
	.array(PublicationSchema)
	.min(1)
	.refine(
		(editions) =>
			editions.every(
				(edition, index) => index === 0 || (editions[index - 1]?.edition ?? '') < edition.edition,
			),
		'the editions are listed oldest first, each once',
	);
