/** @module the built site in every locale: same pages, lang, hreflang, sitemap, share images, no English UI text */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publications } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { alternatePaths, baseLocale, localePath, locales } from '$lib/i18n';
import { absoluteUrl } from '$lib/server/config';
import { sitePaths } from '$lib/server/sitemap';
import {
	cataloguePhrases,
	catalogueTexts,
	englishPhrasesIn,
	pageLanguageText,
} from './untranslated-text';

const build = fileURLToPath(new URL('../build/', import.meta.url));
const read = (path: string) => readFileSync(`${build}${path}`, 'utf8');
const file = (path: string) => `${path.replace(/^\//, '')}index.html`;
const translated = locales.filter((locale) => locale !== baseLocale);

/** every text of a catalogue, variants included */

/** a built page's JSON-LD, parsed */
const jsonLdOf = (html: string): Record<string, unknown>[] =>
	[...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(([, text]) =>
		JSON.parse(text ?? ''),
	);

/**
 * what stays as it is in every locale: the booklet's words, its Book and its credits as printed
 * (« International Organization for Migration »), the files' and licence's addresses
 */
const UNTRANSLATED_KEYS = new Set([
	'articleBody',
	'alternativeHeadline',
	'isPartOf',
	'isBasedOn',
	'author',
	'publisher',
	'copyrightHolder',
	'contentUrl',
	'license',
]);
/** a text without the booklet's English titles it quotes (« The Migration Governance Indicators Success Stories ») */
const withoutTitles = (text: string) =>
	publications.reduce((rest, publication) => rest.replaceAll(publication.title, ''), text);

/** every string of a JSON-LD value with the key it is under, leaving out what stays English */
const jsonLdTexts = (value: unknown, key = ''): { key: string; text: string }[] => {
	if (UNTRANSLATED_KEYS.has(key)) return [];
	if (typeof value === 'string') return [{ key, text: value }];
	if (Array.isArray(value)) return value.flatMap((item) => jsonLdTexts(item, key));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([inner, item]) => jsonLdTexts(item, inner));
	}
	return [];
};

describe('built site in every locale', () => {
	it('prerenders every page of the sitemap in every locale, in its language', () => {
		for (const route of sitePaths()) {
			for (const { locale, path } of alternatePaths(route)) {
				expect(existsSync(`${build}${file(path)}`), path).toBe(true);
				expect(read(file(path)), path).toMatch(
					new RegExp(`^<!doctype html>\\s*<html lang="${locale}"`),
				);
			}
		}
	});

	it('links every page to its translations and to English as the default', () => {
		for (const route of sitePaths()) {
			for (const { path } of alternatePaths(route)) {
				const html = read(file(path));
				for (const alternate of alternatePaths(route)) {
					expect(html, path).toContain(
						`<link rel="alternate" hreflang="${alternate.locale}" href="${absoluteUrl(alternate.path)}"/>`,
					);
				}
				expect(html, path).toContain(
					`<link rel="alternate" hreflang="x-default" href="${absoluteUrl(localePath(route, baseLocale))}"/>`,
				);
				expect(html, path).toContain(`<link rel="canonical" href="${absoluteUrl(path)}"/>`);
			}
		}
	});

	it('lists every page in every locale in the sitemap, each with its alternates', () => {
		const sitemap = read('sitemap.xml');
		expect(sitemap.match(/<loc>/g)).toHaveLength(sitePaths().length * locales.length);
		expect(sitemap.match(/hreflang="x-default"/g)).toHaveLength(
			sitePaths().length * locales.length,
		);
		expect(sitemap).toContain(
			`<url><loc>${absoluteUrl('/fr/about/')}</loc><xhtml:link rel="alternate" hreflang="en" href="${absoluteUrl('/about/')}"/>`,
		);
	});

	it('gives every page a unique title and one h1 in every locale', () => {
		for (const locale of translated) {
			const titles = new Map<string, string>();
			for (const route of sitePaths()) {
				const path = localePath(route, locale);
				const html = read(file(path));
				const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
				expect(
					titles.get(title),
					`${path} repeats the title of ${titles.get(title)}`,
				).toBeUndefined();
				titles.set(title, path);
				expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
			}
		}
	});

	it('publishes a 404 page per locale', () => {
		for (const locale of locales) {
			const path = localePath('/404.html', locale).slice(1);
			expect(read(path), path).toMatch(new RegExp(`<html lang="${locale}"`));
		}
		expect(existsSync(`${build}fr/not-found`)).toBe(false);
	});

	it('names each page’s locale as Open Graph does, with the others as alternates', () => {
		const meta = (property: string, content: string) =>
			new RegExp(`<meta property="${property}" content="${content}"`);
		expect(read('index.html')).toMatch(meta('og:locale', 'en_US'));
		const french = read('fr/index.html');
		expect(french).toMatch(meta('og:locale', 'fr_FR'));
		expect(french).toMatch(meta('og:locale:alternate', 'es_ES'));
		expect(read('es/about/index.html')).toMatch(meta('og:locale', 'es_ES'));
	});

	it('shares each page with a share image in its own language', () => {
		for (const route of ['/', '/stories/albania/', '/governments/kaz/', '/regions/africa/']) {
			const images = alternatePaths(route).map(({ locale, path }) => {
				const url = read(file(path)).match(/<meta property="og:image" content="([^"]+)"/)?.[1];
				const image = new URL(url ?? '', absoluteUrl('/')).pathname;
				expect(image.startsWith(localePath('/og/', locale)), `${path}: ${image}`).toBe(true);
				return readFileSync(`${build}${image.slice(1)}`);
			});
			// the kicker is in the page's language, so each locale's card differs
			expect(new Set(images.map((png) => png.toString('base64'))).size, route).toBe(locales.length);
		}
	});

	for (const locale of translated) {
		it(`describes ${locale} pages in JSON-LD in their language, at their own addresses (round 7)`, () => {
			const phrases = cataloguePhrases(catalogueTexts(baseLocale), catalogueTexts(locale));
			const home = absoluteUrl(localePath('/', locale));
			const found: string[] = [];
			let described = 0;
			for (const route of sitePaths()) {
				const path = localePath(route, locale);
				for (const item of jsonLdOf(read(file(path)))) {
					described++;
					expect(item['@context'], path).toBe('https://schema.org');
					expect(item['@type'], path).toEqual(expect.any(String));
					const texts = jsonLdTexts(item);
					for (const { text } of texts.filter(({ key }) => key === 'url')) {
						if (!text.startsWith(home)) found.push(`${path}: url ${text}`);
					}
					const words = texts.filter(
						({ key }) => !/^(url|@\w+|identifier|encodingFormat)$/.test(key),
					);
					const english = englishPhrasesIn(
						words.map(({ text }) => withoutTitles(text)),
						phrases,
					);
					if (english.length > 0) found.push(`${path}: ${english.join(' | ')}`);
				}
			}
			expect(described).toBeGreaterThan(sitePaths().length / 2);
			expect(found).toEqual([]);
		});

		it(`shows no English interface text on ${locale} pages outside lang="en"`, () => {
			const phrases = cataloguePhrases(catalogueTexts(baseLocale), catalogueTexts(locale));
			expect(phrases.length).toBeGreaterThan(20);
			const found: string[] = [];
			for (const route of sitePaths()) {
				const path = localePath(route, locale);
				const english = englishPhrasesIn(pageLanguageText(read(file(path))), phrases);
				if (english.length > 0) found.push(`${path}: ${english.join(' | ')}`);
			}
			const notFound = englishPhrasesIn(pageLanguageText(read(`${locale}/404.html`)), phrases);
			if (notFound.length > 0) found.push(`${locale}/404.html: ${notFound.join(' | ')}`);
			expect(found).toEqual([]);
		});
	}
});
