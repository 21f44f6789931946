/** @module the validated, frozen dataset: every record parsed through its zod schema once, at load */
import claimsData from './generated/claims.js';
import classificationData from './generated/classification.js';
import governmentsData from './generated/governments.js';
import publicationData from './generated/publication.js';
import storiesData from './generated/stories.js';
import vocabularyData from './generated/vocabulary.js';
import { assertIntegrity } from './integrity.js';
import { ClaimSchema } from './schema/claim.js';
import { CountrySchema, type Government, GovernmentSourcesSchema } from './schema/government.js';
import { PublicationSchema } from './schema/publication.js';
import { ClassificationFileSchema, type Story, StoryRecordSchema } from './schema/story.js';
import { VocabularySchema } from './schema/vocabulary.js';
import { deepFreeze, parseRecord, parseRecords } from './validate.js';

export { datasetVersion } from './generated/version.js';

const governmentsFile = (governmentsData ?? {}) as { sources?: unknown; countries?: unknown };

export const publication = deepFreeze(
	parseRecord(PublicationSchema, publicationData, {
		collection: 'publication',
		record: 'publication',
	}),
);
export const vocabulary = deepFreeze(
	parseRecord(VocabularySchema, vocabularyData, { collection: 'vocabulary', record: 'vocabulary' }),
);
export const governmentSources = deepFreeze(
	parseRecord(GovernmentSourcesSchema, governmentsFile.sources, {
		collection: 'governments',
		record: 'sources',
	}),
);
export const countries = deepFreeze(
	parseRecords(CountrySchema, governmentsFile.countries, 'countries', (record) => record.alpha3),
);
export const localAuthorities = deepFreeze(
	countries.flatMap((country) => country.localAuthorities),
);
/** every participating government: the countries, then their local authorities */
export const governments: readonly Government[] = Object.freeze([
	...countries,
	...localAuthorities,
]);

const storyRecords = parseRecords(
	StoryRecordSchema,
	storiesData,
	'stories',
	(record) => record.slug,
);
const classification = parseRecord(ClassificationFileSchema, classificationData, {
	collection: 'classification',
	record: 'classification',
});
assertIntegrity({ countries, stories: storyRecords, classification, vocabulary });

/** the booklet's success stories in page order, each with its classification tags */
export const stories: readonly Story[] = deepFreeze(
	storyRecords
		.map((story) => ({ ...story, tags: classification[story.slug] ?? [] }))
		.sort((a, b) => a.page - b.page),
);
export const claims = deepFreeze(
	parseRecords(ClaimSchema, claimsData, 'claims', (record) => record.id),
);
