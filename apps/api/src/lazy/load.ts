/**
 * @module core's heavy parts, each imported on the first request that needs it. The Worker build
 * splits every one of them into modules of their own, so starting the Worker evaluates none of
 * them; Node's single bundle inlines them. Each target re-exports from core, so a core entry point
 * can replace `@mgi-stories/core` in one line.
 */

/** resolveGovernment and its tables of every country's names and aliases: /v1/resolve, "did you mean" */
export const loadResolver = () => import('./resolver.js');

/** full-text search, and the filters that rank by it: /v1/search, the story and government lists */
export const loadSearch = () => import('./search.js');

/** the French and Spanish catalogues: requests in those languages */
export const loadTranslations = () => import('./translations.js');

/** facet counts and the claims checked: /v1/facets, /v1/stats */
export const loadStatistics = () => import('./statistics.js');

/** the whole-dataset files and the sources of every field: the downloads, /v1/source */
export const loadDataset = () => import('./dataset.js');
