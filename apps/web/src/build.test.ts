/** @module what `vite build` wrote to build/: downloads equal core's exports, pages exist, headers */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	dataPackage,
	datasetDocument,
	governmentId,
	governments,
	governmentsTable,
	jsonSchemas,
	stories,
	storiesTable,
	tagsTable,
	toCsv,
} from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { localePath, locales } from '$lib/i18n';
import { SITE_URL } from '$lib/server/config';
import { sitePaths } from '$lib/server/sitemap';
import { DATA_FILES, metaPolicy } from '../server/security-headers.js';

const build = fileURLToPath(new URL('../build/', import.meta.url));
const read = (path: string) => readFileSync(`${build}${path}`, 'utf8');
const page = (path: string) => `${path.replace(/^\//, '')}index.html`;

describe('built downloads', () => {
	it('publishes core’s dataset document', () => {
		expect(JSON.parse(read('data/dataset.json'))).toEqual(
			JSON.parse(JSON.stringify(datasetDocument())),
		);
	});

	it('publishes core’s tables as CSV', () => {
		expect(read('data/stories.csv')).toBe(toCsv(storiesTable()));
		expect(read('data/governments.csv')).toBe(toCsv(governmentsTable()));
		expect(read('data/tags.csv')).toBe(toCsv(tagsTable()));
	});

	it('publishes the data package and every JSON Schema', () => {
		expect(JSON.parse(read('data/datapackage.json'))).toEqual(
			JSON.parse(JSON.stringify(dataPackage())),
		);
		for (const [name, schema] of Object.entries(jsonSchemas())) {
			expect(JSON.parse(read(`data/schema/${name}.json`)), name).toEqual(schema);
		}
	});
});

describe('built pages', () => {
	it('prerenders every page of the sitemap', () => {
		for (const path of sitePaths()) expect(existsSync(`${build}${page(path)}`), path).toBe(true);
		// and again under /fr/ and /es/ (see locales.test.ts)
		expect(read('sitemap.xml').match(/<loc>/g)).toHaveLength(sitePaths().length * locales.length);
	});

	it('has one page per story and a 404 page', () => {
		for (const story of stories)
			expect(existsSync(`${build}stories/${story.slug}/index.html`)).toBe(true);
		expect(read('404.html')).toContain('Page not found');
		expect(existsSync(`${build}not-found`)).toBe(false);
	});

	it('gives every page a unique title and one h1', () => {
		const titles = new Map<string, string>();
		for (const path of sitePaths()) {
			const html = read(page(path));
			const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
			expect(
				titles.get(title),
				`${path} repeats the title of ${titles.get(title)}`,
			).toBeUndefined();
			titles.set(title, path);
			expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
		}
	});

	it('protects every page with a hash-based CSP and no unsafe-inline script', () => {
		for (const path of sitePaths()) {
			const policy = metaPolicy(read(page(path))) ?? '';
			expect(policy, path).toContain("script-src 'self'");
			expect(policy, path).not.toContain('unsafe-inline');
			expect(policy, path).toContain("object-src 'none'");
		}
	});

	it('ships only the copy enhancement to a story page', () => {
		const html = read('stories/albania/index.html');
		expect(html).not.toMatch(/\/_app\/immutable\/[^"]*\.js/);
		expect(html).toContain('src="/enhance.js"');
	});

	it('ships the governments and search pages no framework, only their own enhancement', () => {
		for (const [page, script] of [
			['governments/index.html', '/enhance/governments.js'],
			['governments/region/africa/index.html', '/enhance/governments.js'],
			['search/index.html', '/enhance/search.js'],
		] as const) {
			const html = read(page);
			expect(html, page).not.toMatch(/\/_app\/immutable\/[^"]*\.js/);
			expect(html, page).toContain(`src="${script}"`);
		}
	});

	it('ships the stories pages no framework, only their own enhancement', () => {
		for (const page of ['stories/index.html', 'stories/topic/health/index.html']) {
			const html = read(page);
			expect(html).not.toMatch(/\/_app\/immutable\/[^"]*\.js/);
			expect(html).toContain('src="/enhance/stories.js"');
		}
		expect(existsSync(`${build}enhance/stories.js`)).toBe(true);
	});

	it('writes a _headers file for static hosts', () => {
		const headers = read('_headers');
		expect(headers).toContain("frame-ancestors 'none'");
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toMatch(
			/\/_app\/immutable\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/,
		);
		// the downloads get their own rules; /data/ itself is a page
		expect(headers).not.toContain('/data/*');
		for (const path of DATA_FILES.filter((file) => !file.endsWith('*'))) {
			expect(headers, path).toContain(`${path}\n  Access-Control-Allow-Origin: *`);
			expect(existsSync(`${build}${path.slice(1)}`), path).toBe(true);
		}
		expect(headers).toContain(
			'/data/stories.csv\n  Access-Control-Allow-Origin: *\n  Cross-Origin-Resource-Policy: cross-origin\n  Content-Type: text/csv; charset=utf-8',
		);
		expect(headers).toContain(
			'/citations/iom2021-kazakhstan.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n  Content-Disposition: attachment; filename="iom2021-kazakhstan.bib"',
		);
	});

	it('redirects government codes in capitals on static hosts', () => {
		expect(read('_redirects')).toContain('/governments/KAZ/ /governments/kaz/ 308');
	});

	it('announces an oEmbed response on every story and government page, in every language', () => {
		const pages = [
			...stories.map((story) => ['stories', story.slug]),
			...governments.map((government) => ['governments', governmentId(government).toLowerCase()]),
		];
		for (const locale of locales) {
			for (const [section, id] of pages) {
				const html = read(page(localePath(`/${section}/${id}/`, locale)));
				const json = localePath(`/oembed/${section}/${id}.json`, locale);
				expect(html, `${locale} ${id}`).toContain(
					`<link rel="alternate" type="application/json+oembed" href="${SITE_URL}${json}"`,
				);
				expect(JSON.parse(read(json.slice(1))), json).toMatchObject({ version: '1.0' });
			}
		}
	});

	it('writes every story’s card in every language, each allowed in frames on static hosts', () => {
		for (const locale of locales) {
			for (const story of stories) {
				const card = read(page(localePath(`/embed/stories/${story.slug}/`, locale)));
				expect(card, story.slug).toContain(`<html lang="${locale}">`);
				expect(card).not.toContain('<script');
			}
			const prefix = localePath('/embed/*', locale);
			expect(read('_headers')).toContain(
				`${prefix}\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n`,
			);
		}
	});
});
