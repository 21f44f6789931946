/**
 * @module which site a build makes: the deployed one in build/, or, with `MGI_PSEUDO_LOCALE=1`, the
 * test-only pseudo site in build-pseudo/ (English and the pseudo-locale), compiled from an inlang
 * project generated in .pseudo/ from messages/en.json. Nothing of the pseudo build is committed, so
 * every new English message has its pseudo form.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo-locale.js';

/** true when this build is the pseudo site's */
export const PSEUDO_BUILD = process.env.MGI_PSEUDO_LOCALE === '1';
/** the build's output folder, relative to apps/web */
export const BUILD_DIR = PSEUDO_BUILD ? 'build-pseudo' : 'build';
/** SvelteKit's generated folder: the pseudo build keeps its own, so the deployed one's types stay */
export const KIT_DIR = PSEUDO_BUILD ? '.svelte-kit-pseudo' : '.svelte-kit';
/** where the pseudo build writes its inlang project and compiled messages */
export const PSEUDO_DIR = '.pseudo';

/** a path in the app's folder (apps/web), this file's parent */
const here = (/** @type {string} */ path) => new URL(path, new URL('../', import.meta.url));
const settings = JSON.parse(readFileSync(here('./project.inlang/settings.json'), 'utf8'));

/** the locale at the site's root, whose pages the others translate */
export const BASE_LOCALE = /** @type {string} */ (settings.baseLocale);
/** The build's locales: the inlang project's, or English and the pseudo-locale. */
export const SITE_LOCALES = /** @type {string[]} */ (
	PSEUDO_BUILD ? [settings.baseLocale, PSEUDO_LOCALE] : settings.locales
);
/** The folder of each locale other than English (`fr`, `es`), from the inlang project; English is at the root. */
export const LOCALE_FOLDERS = SITE_LOCALES.filter((locale) => locale !== BASE_LOCALE);

/**
 * The inlang project Paraglide compiles: ./project.inlang, or for the pseudo build one written to
 * .pseudo/ with the English catalogue and its pseudo form.
 * @returns {string} its path, relative to apps/web
 */
export function inlangProject() {
	if (!PSEUDO_BUILD) return './project.inlang';
	const english = JSON.parse(readFileSync(here('./messages/en.json'), 'utf8'));
	mkdirSync(here(`./${PSEUDO_DIR}/project.inlang/`), { recursive: true });
	mkdirSync(here(`./${PSEUDO_DIR}/messages/`), { recursive: true });
	const project = {
		...settings,
		locales: SITE_LOCALES,
		// module paths are relative to the project's folder's parent, here .pseudo/
		modules: settings.modules.map((/** @type {string} */ module) => module.replace(/^\.\//, '../')),
	};
	writeFileSync(
		here(`./${PSEUDO_DIR}/project.inlang/settings.json`),
		`${JSON.stringify(project, null, '\t')}\n`,
	);
	for (const [locale, catalogue] of [
		[settings.baseLocale, english],
		[PSEUDO_LOCALE, pseudoCatalogue(english)],
	]) {
		writeFileSync(
			here(`./${PSEUDO_DIR}/messages/${locale}.json`),
			`${JSON.stringify(catalogue, null, '\t')}\n`,
		);
	}
	return `./${PSEUDO_DIR}/project.inlang`;
}
