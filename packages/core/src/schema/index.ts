/** @module zod schemas of every record in the dataset; types are inferred from them */
export * from './aliases.js';
export * from './claim.js';
export * from './common.js';
export * from './dataset.js';
export * from './government.js';
export * from './i18n.js';
export * from './publication.js';
export * from './release.js';
export * from './search-synonyms.js';
export * from './source.js';
export * from './story.js';
export * from './un-names.js';
export * from './vocabulary.js';
export * from './world-names.js';
