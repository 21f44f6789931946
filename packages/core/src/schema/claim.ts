import * as z from 'zod';
import { type DeepReadonly, EditionIdSchema, SlugSchema, VerbatimSchema } from './common.js';

/** What a claim is about; each subject has its own check in `checkClaims`. */
export const CLAIM_SUBJECTS = [
	'countries',
	'local-authorities',
	'governments',
	'indicators',
	'start-year',
	'anniversary',
	'stories',
	'story-regions',
	'participant-regions',
	'story-levels',
	'participant-levels',
	'uses',
	'global-commitments',
	'partner',
	'signatory',
] as const;
export const ClaimSubjectSchema = z.enum(CLAIM_SUBJECTS);
export type ClaimSubject = z.infer<typeof ClaimSubjectSchema>;

/** A number the booklet states. */
export const StatedNumberSchema = z.strictObject({
	/** `equals`: exactly this; `more-than`: "over" this; `at-least`: our reading of a word such as "dozens" */
	comparator: z.enum(['equals', 'more-than', 'at-least']),
	value: z.int().nonnegative(),
});
export type StatedNumber = z.infer<typeof StatedNumberSchema>;

/** A checkable statement the booklet makes about itself or the programme (foreword, introduction, contents). */
export const ClaimSchema = z.strictObject({
	id: SlugSchema,
	edition: EditionIdSchema,
	subject: ClaimSubjectSchema,
	/** where the booklet says it */
	section: z.string().min(1),
	/** the booklet's words, verbatim; null only when the claim is implied by a list (the contents page) */
	quote: VerbatimSchema.nullable(),
	/** our summary of what the booklet claims, labelled as ours wherever it is shown; the booklet's own words are `quote` */
	description: z.string().min(1),
	/** what is checked and against what, in our words; "Our reading" marks an interpretation */
	check: z.string().min(1),
	/** the number stated, for claims that state one */
	number: StatedNumberSchema.nullable(),
	/** facts the booklet states, recorded as fields; each value is verbatim from the booklet */
	facts: z.record(z.string().min(1), VerbatimSchema).nullable(),
});
export type Claim = DeepReadonly<z.infer<typeof ClaimSchema>>;

/** `depends-on-reading`: the claim holds on one reading of its words and not on another (see `readings`) */
export const CLAIM_VERDICTS = [
	'consistent',
	'inconsistent',
	'depends-on-reading',
	'not-checkable',
] as const;
export const ClaimVerdictSchema = z.enum(CLAIM_VERDICTS);
export type ClaimVerdict = z.infer<typeof ClaimVerdictSchema>;

export const ClaimValueSchema = z.union([
	z.string(),
	z.number(),
	z.boolean(),
	z.array(z.string()),
	z.record(z.string(), z.number()),
]);
export type ClaimValue = z.infer<typeof ClaimValueSchema>;

/** The result of checking a claim against the booklet's own list, pages and the dataset. */
export const ClaimCheckSchema = z.strictObject({
	claim: ClaimSchema,
	verdict: ClaimVerdictSchema,
	/** the number counted, for claims that state one and can be counted; null otherwise */
	counted: z.int().nullable(),
	/** the values computed for the check, named */
	values: z.record(z.string(), ClaimValueSchema),
	/** the verdict explained; for `not-checkable`, the reason */
	detail: z.string().min(1),
	/** where the verdict rests on how the booklet's words are read: each reading (our words) and whether the claim holds on it */
	readings: z.array(z.strictObject({ reading: z.string().min(1), holds: z.boolean() })).optional(),
});
export type ClaimCheck = DeepReadonly<z.infer<typeof ClaimCheckSchema>>;
