import { z } from 'zod';
import { ClaimCheckSchema } from '../schema/claim.js';
import { DatasetDocumentSchema } from '../schema/dataset.js';
import { CountrySchema, LocalAuthoritySchema } from '../schema/government.js';
import { PublicationSchema } from '../schema/publication.js';
import { StorySchema } from '../schema/story.js';
import { VocabularySchema } from '../schema/vocabulary.js';

const SCHEMAS = {
	dataset: DatasetDocumentSchema,
	story: StorySchema,
	country: CountrySchema,
	localAuthority: LocalAuthoritySchema,
	publication: PublicationSchema,
	claimCheck: ClaimCheckSchema,
	vocabulary: VocabularySchema,
} as const;

/** JSON Schema (draft 2020-12) of every record, generated from the zod schemas. */
export function jsonSchemas(): Record<keyof typeof SCHEMAS, Record<string, unknown>> {
	return Object.fromEntries(
		Object.entries(SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]),
	) as Record<keyof typeof SCHEMAS, Record<string, unknown>>;
}
