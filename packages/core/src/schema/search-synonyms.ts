import * as z from 'zod';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { DeepReadonly } from './common.js';

const PhrasesSchema = z.array(z.string().min(1));
/** phrases in every locale */
const phrasesByLocale = <T extends z.ZodType>(schema: T) =>
	Object.fromEntries(LOCALES.map((locale) => [locale, schema])) as Record<Locale, T>;

/** Words people use for one value of the vocabulary, in each language, that its labels do not say. */
export const SearchSynonymSchema = z.strictObject({
	facet: z.string().min(1),
	value: z.string().min(1),
	...phrasesByLocale(PhrasesSchema),
});
export type SearchSynonym = DeepReadonly<z.infer<typeof SearchSynonymSchema>>;

/** English words of the stories, in every other locale: found only in the stories that say them. */
export const SearchGlossaryEntrySchema = z.strictObject(phrasesByLocale(PhrasesSchema.min(1)));

/** data/search-synonyms.json: our reading of the vocabulary (and the stories' words) for search, labelled as such. */
export const SearchSynonymsFileSchema = z.strictObject({
	statement: z.string().min(1),
	licence: z.string().min(1),
	reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	synonyms: z.array(SearchSynonymSchema).min(1),
	glossary: z.array(SearchGlossaryEntrySchema),
});
export type SearchSynonymsFile = DeepReadonly<z.infer<typeof SearchSynonymsFileSchema>>;
