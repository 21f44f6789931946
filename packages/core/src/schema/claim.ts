import * as z from 'zod';
import { type DeepReadonly, EditionIdSchema, SlugSchema, VerbatimSchema } from './common.js';

export const CLAIM_SUBJECTS = [
	'countries',
	'local-authorities',
	'indicators',
	'start-year',
	'stories',
] as const;
export const ClaimSubjectSchema = z.enum(CLAIM_SUBJECTS);
export type ClaimSubject = z.infer<typeof ClaimSubjectSchema>;

/** A number the booklet states about itself or the programme. */
export const ClaimSchema = z.strictObject({
	id: SlugSchema,
	edition: EditionIdSchema,
	subject: ClaimSubjectSchema,
	/** `equals`: the booklet says exactly this; `more-than`: it says "over" this */
	comparator: z.enum(['equals', 'more-than']),
	value: z.int().nonnegative(),
	/** where the booklet says it */
	section: z.string().min(1),
	/** the booklet's words, verbatim; null when the claim is implied by a list (e.g. the contents page) */
	quote: VerbatimSchema.nullable(),
	description: z.string().min(1),
});
export type Claim = DeepReadonly<z.infer<typeof ClaimSchema>>;

/** The result of checking a claim against what the booklet's own list and pages contain. */
export const ClaimCheckSchema = z.strictObject({
	claim: ClaimSchema,
	status: z.enum(['agrees', 'disagrees', 'not-countable']),
	/** what the booklet's list or pages actually contain; null when they contain nothing to count */
	counted: z.int().nullable(),
	detail: z.string(),
});
export type ClaimCheck = DeepReadonly<z.infer<typeof ClaimCheckSchema>>;
