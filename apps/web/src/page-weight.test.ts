/**
 * @module what each page type makes a browser download before anyone interacts, against the
 * budgets in tooling/budgets/web.json: the JavaScript its HTML loads (scripts, module preloads and
 * their static imports), gzipped, and the font files its text needs (the @font-face rules of its
 * language whose unicode-range holds a character of the page). Needs `vite build` first.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localePath, locales } from '$lib/i18n';
import budgets from '../../../tooling/budgets/web.json';

const build = fileURLToPath(new URL('../build/', import.meta.url));

/** one page of each type */
const PAGE_TYPES = [
	'/',
	'/stories/',
	'/stories/topic/health/',
	'/stories/cambodia/',
	'/governments/',
	'/governments/region/oceania/',
	'/governments/kaz/',
	'/governments/br-sao-paulo/',
	'/regions/',
	'/regions/africa/',
	'/search/',
	'/classification/',
	'/about/',
	'/data/',
];

/**
 * The site's own JavaScript a document loads: `<script src>`, module preloads and what inline
 * scripts import as they start (SvelteKit's hydration).
 */
export function scriptsOf(html: string): string[] {
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].flatMap(
		([, code = '']) => [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)],
	);
	const sources = [
		...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
		...inline,
	];
	return [...new Set(sources.map((match) => match[1] ?? ''))].filter((src) => src.startsWith('/'));
}

/** A module and every module it imports statically (not the ones it loads on first use). */
function withStaticImports(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readFileSync(`${build}${path.slice(1)}`, 'utf8');
	for (const [, imported] of code.matchAll(
		/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g,
	)) {
		if (!imported) continue;
		withStaticImports(new URL(imported, `https://site${path}`).pathname, seen);
	}
	return seen;
}

/** gzipped bytes of the JavaScript a page loads */
export function javascriptBytes(html: string): number {
	const modules = new Set<string>();
	for (const script of scriptsOf(html))
		for (const path of withStaticImports(script)) modules.add(path);
	return [...modules].reduce(
		(sum, path) => sum + gzipSync(readFileSync(`${build}${path.slice(1)}`), { level: 9 }).length,
		0,
	);
}

interface FontFace {
	family: string;
	url: string;
	ranges: [number, number][];
}

/** The @font-face rules of a page's inline stylesheets. */
export function fontFacesOf(html: string): FontFace[] {
	const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
		.map((match) => match[1])
		.join('');
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule = '']) => {
		const family = rule.match(/font-family:\s*"?([^";]+)"?/)?.[1];
		const url = rule.match(/url\("?([^")]+)"?\)/)?.[1];
		const range = rule.match(/unicode-range:\s*([^;]+)/)?.[1] ?? 'U+0-10FFFF';
		if (!family || !url) return [];
		const ranges = range.split(',').map((part): [number, number] => {
			const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
			return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
		});
		return [{ family, url, ranges }];
	});
}

/** bytes of the web fonts a page's text needs in its language */
export function fontBytes(html: string): number {
	const language = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? 'en';
	const body = html.slice(html.indexOf('<body'));
	const text = body.replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' ');
	const codes = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
	const needed = fontFacesOf(html).filter(
		(face) =>
			face.family.endsWith(` ${language}`) &&
			[...codes].some((code) => face.ranges.some(([from, to]) => code >= from && code <= to)),
	);
	return needed.reduce((sum, face) => sum + statSync(`${build}${face.url.slice(1)}`).size, 0);
}

describe('page weight', () => {
	it.each(locales.flatMap((locale) => PAGE_TYPES.map((path) => localePath(path, locale))))(
		'%s loads at most the JavaScript budget, gzipped',
		(path) => {
			const html = readFileSync(`${build}${path.slice(1)}index.html`, 'utf8');
			expect(javascriptBytes(html)).toBeLessThanOrEqual(budgets.javascriptPerPageGzipBytes);
		},
	);

	it.each(locales.flatMap((locale) => PAGE_TYPES.map((path) => localePath(path, locale))))(
		'%s needs at most the font budget',
		(path) => {
			const html = readFileSync(`${build}${path.slice(1)}index.html`, 'utf8');
			const bytes = fontBytes(html);
			expect(bytes).toBeGreaterThan(0);
			expect(bytes).toBeLessThanOrEqual(budgets.fontPerPageBytes);
		},
	);

	it('counts a page’s scripts and their static imports', () => {
		const html = readFileSync(`${build}stories/index.html`, 'utf8');
		expect(scriptsOf(html)).toContain('/enhance/stories.js');
		expect(javascriptBytes(html)).toBeGreaterThan(1000);
	});
});
