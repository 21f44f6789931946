/**
 * @module core's heavy parts, each imported on the first request that needs it. The Worker build
 * splits every one of them into modules of their own, so starting the Worker evaluates none of
 * them; Node's single bundle inlines them. Each target re-exports from core, so a core entry point
 * can replace `@mgi-stories/core` in one line.
 *
 * The Worker's build also leaves core's largest tables out of its modules (scripts/core-imports.mjs):
 * each is a static asset, which `loadData` fetches before the module that reads it is imported.
 * `LAZY_DATA` names the tables each part reaches; the build records what it found (dist/sizes.json)
 * and test/workerd.test.ts checks the two agree.
 */
import { loadData } from './data.js';

/** the data assets each lazy part's modules read as they are evaluated (in the Worker) */
export const LAZY_DATA = {
	resolver: ['resolver-table'],
	search: ['catalogue-labels', 'search-index', 'search-synonyms'],
	translations: ['catalogue-sentences', 'catalogue-translations', 'un-names'],
	statistics: ['catalogue-sentences', 'catalogue-translations'],
	dataset: ['aliases', 'catalogue-sentences', 'json-schemas', 'un-names'],
} as const satisfies Record<string, readonly string[]>;

/** `load`, once the data assets `part` reads are loaded */
const withData =
	<Module>(part: keyof typeof LAZY_DATA, load: () => Promise<Module>) =>
	async (): Promise<Module> => {
		await loadData(LAZY_DATA[part]);
		return load();
	};

/** resolveGovernment and its tables of every country's names and aliases: /v1/resolve, "did you mean" */
export const loadResolver = withData('resolver', () => import('./resolver.js'));

/** full-text search, and the filters that rank by it: /v1/search, the story and government lists */
export const loadSearch = withData('search', () => import('./search.js'));

/** the French and Spanish catalogues: requests in those languages */
export const loadTranslations = withData('translations', () => import('./translations.js'));

/** facet counts and the claims checked: /v1/facets, /v1/stats */
export const loadStatistics = withData('statistics', () => import('./statistics.js'));

/** the whole-dataset files and the sources of every field: the downloads, /v1/source */
export const loadDataset = withData('dataset', () => import('./dataset.js'));
