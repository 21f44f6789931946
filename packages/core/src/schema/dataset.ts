import * as z from 'zod';
import { ClaimCheckSchema } from './claim.js';
import type { DeepReadonly } from './common.js';
import { CountrySchema, GovernmentSourcesSchema } from './government.js';
import { PublicationSchema } from './publication.js';
import { StorySchema } from './story.js';
import { VocabularySchema } from './vocabulary.js';

/** The whole dataset as one JSON document: what the JSON export, the API and the site publish. */
export const DatasetDocumentSchema = z.strictObject({
	version: z.string(),
	/** the latest edition's imprint (the last of `publications`) */
	publication: PublicationSchema,
	/** every edition's imprint, oldest first */
	publications: z.array(PublicationSchema),
	sources: GovernmentSourcesSchema,
	vocabulary: VocabularySchema,
	claims: z.array(ClaimCheckSchema),
	countries: z.array(CountrySchema),
	stories: z.array(StorySchema),
});
export type DatasetDocument = DeepReadonly<z.infer<typeof DatasetDocumentSchema>>;
