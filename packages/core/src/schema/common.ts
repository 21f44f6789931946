import * as z from 'zod';

/** A value and everything reachable from it, read-only: the shape of the frozen dataset. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
	? T
	: T extends readonly (infer Item)[]
		? readonly DeepReadonly<Item>[]
		: T extends object
			? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
			: T;

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
