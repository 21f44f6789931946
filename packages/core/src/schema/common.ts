import * as z from 'zod';

// one definition, in the zod-free record types
import type { DeepReadonly } from '../records.js';

export type { DeepReadonly };

/** An edition of the booklet, e.g. `2021`; later editions add stories and governments under their own id. */
export const EditionIdSchema = z
	.string()
	.regex(/^\d{4}$/, 'an edition id is the year of the edition');
export type EditionId = z.infer<typeof EditionIdSchema>;

export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens');

/** A point on the globe in degrees (WGS 84). */
export const PointSchema = z.strictObject({
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
});
export type Point = DeepReadonly<z.infer<typeof PointSchema>>;

/** Text quoted exactly from the booklet: never trimmed, paraphrased or translated. */
export const VerbatimSchema = z
	.string()
	.min(1)
	.refine((text) => text === text.trim(), 'verbatim text has no leading or trailing whitespace');
