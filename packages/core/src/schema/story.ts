import * as z from 'zod';
import { type DeepReadonly, EditionIdSchema, SlugSchema, VerbatimSchema } from './common.js';
import { FacetIdSchema } from './vocabulary.js';

/** A classification of a story, justified by a phrase quoted verbatim from the story text. */
export const TagSchema = z.strictObject({
	facet: FacetIdSchema,
	value: SlugSchema,
	evidence: VerbatimSchema,
});
export type Tag = DeepReadonly<z.infer<typeof TagSchema>>;

/** The photo printed with a story; in the booklet the caption stands before the story's heading. */
export const PhotoSchema = z.strictObject({
	caption: VerbatimSchema,
	credit: VerbatimSchema,
	/**
	 * A description of the image found in the source text the booklet was transcribed from (Dominican
	 * Republic, Ethiopia, Iraq, Sierra Leone). It is that text's rendering of the picture, not a caption
	 * IOM printed: never present it as the booklet's words.
	 */
	sourceTextImageDescription: VerbatimSchema.nullable(),
});
export type Photo = DeepReadonly<z.infer<typeof PhotoSchema>>;

export const StoryRecordSchema = z.strictObject({
	slug: SlugSchema,
	edition: EditionIdSchema,
	/** ISO 3166-1 alpha-3 of the country the story is about */
	country: z.string().regex(/^[A-Z]{3}$/),
	/** the heading exactly as printed */
	heading: VerbatimSchema,
	/** page number from the booklet's contents page */
	page: z.int().positive(),
	level: z.enum(['national', 'local']),
	/** id of the local authority a local story concerns */
	localAuthority: SlugSchema.nullable(),
	/** the story, verbatim; paragraphs separated by a blank line */
	text: VerbatimSchema,
	photo: PhotoSchema.nullable(),
});
export type StoryRecord = DeepReadonly<z.infer<typeof StoryRecordSchema>>;

export const StorySchema = StoryRecordSchema.extend({ tags: z.array(TagSchema).min(1) });
export type Story = DeepReadonly<z.infer<typeof StorySchema>>;

export const ClassificationFileSchema = z.record(SlugSchema, z.array(TagSchema).min(1));
