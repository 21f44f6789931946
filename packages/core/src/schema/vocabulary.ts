import * as z from 'zod';
import { type DeepReadonly, SlugSchema } from './common.js';

export const FACET_IDS = ['outcome', 'topic', 'framework', 'domain', 'gcmObjective'] as const;
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

export const VocabularySchema = z.strictObject({
	facets: z.array(FacetSchema).length(FACET_IDS.length),
});
export type Vocabulary = DeepReadonly<z.infer<typeof VocabularySchema>>;
