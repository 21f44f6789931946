/**
 * @module the pseudo site (`pnpm build:pseudo`, in build-pseudo/): built the way a fourth language
 * is, it shows every text that does not come from the message catalogue
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	checkClaims,
	countFacets,
	datasetSources,
	governments,
	m49Areas,
	stories,
} from '@mgi-stories/core';
import { localizedVocabulary } from '@mgi-stories/core/i18n';
import { describe, expect, it } from 'vitest';
import { localePath } from '$lib/i18n';
import { sitePaths } from '$lib/server/sitemap';
import { PSEUDO_LOCALE } from '../build-steps/pseudo-locale.js';
import { pageLanguageText, pseudoLeaks } from './untranslated-text';

const build = fileURLToPath(new URL('../build-pseudo/', import.meta.url));
const read = (path: string) => readFileSync(`${build}${path}`, 'utf8');
const page = (route: string) =>
	read(`${localePath(route, PSEUDO_LOCALE as never).slice(1)}index.html`);

/** every string of a value, deep */
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: value && typeof value === 'object'
			? Object.values(value).flatMap(strings)
			: [];

/**
 * What a pseudo page may show as it is: core's names and labels, which core has in its own locales
 * only (its completeness test checks those catalogues), and proper names that are the same in every
 * language: the citation styles and formats, the data standards, and the sources a country's facts name.
 */
const coreWords = new Set([
	...strings([
		governments,
		m49Areas(),
		localizedVocabulary({ locale: 'en' }),
		checkClaims({ locale: 'en' }),
		countFacets({ locale: 'en' }),
	]).filter((text) => /\p{L}/u.test(text)),
	...['APA 7', 'Chicago', 'BibTeX', 'RIS', 'Frictionless Data Package', 'JSON Schema'],
	...datasetSources().flatMap((source) => source.shortName ?? []),
]);

describe(`pseudo site (${PSEUDO_LOCALE})`, () => {
	it('is English and the pseudo-locale, nothing else', () => {
		expect(read('index.html')).toMatch(/<html lang="en"/);
		expect(page('/')).toMatch(new RegExp(`<html lang="${PSEUDO_LOCALE}"`));
		expect(existsSync(`${build}fr`)).toBe(false);
	});

	it('shows no text on any page or card but the catalogue’s, core’s names and labels and the booklet’s', () => {
		const found: string[] = [];
		const embeds = stories.map((story) => `/embed/stories/${story.slug}/`);
		for (const route of [...sitePaths(), ...embeds]) {
			const leaks = pseudoLeaks(pageLanguageText(page(route)), coreWords);
			if (leaks.length > 0) found.push(`${route}: ${leaks.join(' | ')}`);
		}
		const notFound = pseudoLeaks(pageLanguageText(read(`${PSEUDO_LOCALE}/404.html`)), coreWords);
		if (notFound.length > 0) found.push(`404: ${notFound.join(' | ')}`);
		expect(found).toEqual([]);
	});

	it('finds English written into a page instead of taken from the catalogue', () => {
		const html = page('/stories/cambodia/').replace(
			'</main>',
			'<p>Read the full story <span aria-label="Close menu">×</span></p></main>',
		);
		expect(pseudoLeaks(pageLanguageText(html), coreWords).sort()).toEqual([
			'Close menu',
			'Read the full story',
		]);
	});
});
