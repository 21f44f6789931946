import * as z from 'zod';
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

export type SchemaName = keyof typeof SCHEMAS;

/** JSON Schema (draft 2020-12) of every record, generated from the zod schemas. */
export function jsonSchemas(): Record<SchemaName, Record<string, unknown>> {
	const entries = (Object.keys(SCHEMAS) as SchemaName[]).map(
		(name) => [name, z.toJSONSchema(SCHEMAS[name]) as Record<string, unknown>] as const,
	);
	return Object.fromEntries(entries) as Record<SchemaName, Record<string, unknown>>;
}
