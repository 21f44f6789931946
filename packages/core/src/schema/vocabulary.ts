import * as z from 'zod';
import { FACET_IDS } from '../vocabulary/facet-ids.js';
import { type DeepReadonly, SlugSchema } from './common.js';

export { FACET_IDS };
export const FacetIdSchema = z.enum(FACET_IDS);
export type FacetId = z.infer<typeof FacetIdSchema>;

export const FacetValueSchema = z.strictObject({
	id: SlugSchema,
	label: z.string().min(1),
	description: z.string().min(1),
});
export type FacetValue = DeepReadonly<z.infer<typeof FacetValueSchema>>;

export const FacetSchema = z.strictObject({
	id: FacetIdSchema,
	label: z.string().min(1),
	description: z.string().min(1),
	/** the rule a classifier follows to apply this facet's values */
	rule: z.string().min(1),
	values: z.array(FacetValueSchema).min(1),
});
export type Facet = DeepReadonly<z.infer<typeof FacetSchema>>;

/** Who made the classification and under which licence: our reading of the booklet, not IOM's. */
export const ClassificationAttributionSchema = z.strictObject({
	author: z.string().min(1),
	statement: z.string().min(1),
	licence: z.strictObject({
		/** SPDX licence identifier */
		id: z.literal('CC-BY-4.0'),
		name: z.string().min(1),
		url: z.url(),
	}),
	/** the date of the classification's last revision */
	version: z.iso.date(),
	/** the package file recording every change of a tag and its reason */
	changelog: z.string().min(1),
	/** parts of the vocabulary and classification that are not ours and keep their own terms */
	exceptions: z.array(z.strictObject({ part: z.string().min(1), statement: z.string().min(1) })),
});
export type ClassificationAttribution = DeepReadonly<
	z.infer<typeof ClassificationAttributionSchema>
>;

export const VocabularySchema = z.strictObject({
	attribution: ClassificationAttributionSchema,
	facets: z.array(FacetSchema).length(FACET_IDS.length),
});
export type Vocabulary = DeepReadonly<z.infer<typeof VocabularySchema>>;
