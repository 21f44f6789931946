/**
 * @module what each page type makes a browser download before anyone interacts: the JavaScript
 * its HTML loads (scripts, module preloads and their static imports), gzipped, against the budget
 * in tooling/budgets/web.json. Needs `vite build` first.
 */
import { readFileSync } from 'node:fs';
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

/** The site's own JavaScript a document references: `<script src>` and module preloads. */
export function scriptsOf(html: string): string[] {
	const sources = [
		...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
	];
	return sources.map((match) => match[1] ?? '').filter((src) => src.startsWith('/'));
}

/** A module and every module it imports statically (not the ones it loads on first use). */
function withStaticImports(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readFileSync(`${build}${path.slice(1)}`, 'utf8');
	for (const [, imported] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)) {
		if (!imported) continue;
		withStaticImports(new URL(imported, `https://site${path}`).pathname, seen);
	}
	return seen;
}

/** gzipped bytes of the JavaScript a page loads */
export function javascriptBytes(html: string): number {
	const modules = new Set<string>();
	for (const script of scriptsOf(html)) for (const path of withStaticImports(script)) modules.add(path);
	return [...modules].reduce(
		(sum, path) => sum + gzipSync(readFileSync(`${build}${path.slice(1)}`), { level: 9 }).length,
		0,
	);
}

describe('page weight', () => {
	it.each(
		locales.flatMap((locale) => PAGE_TYPES.map((path) => localePath(path, locale))),
	)('%s loads at most the JavaScript budget, gzipped', (path) => {
		const html = readFileSync(`${build}${path.slice(1)}index.html`, 'utf8');
		expect(javascriptBytes(html)).toBeLessThanOrEqual(budgets.javascriptPerPageGzipBytes);
	});

	it('counts a page’s scripts and their static imports', () => {
		const html = readFileSync(`${build}stories/index.html`, 'utf8');
		expect(scriptsOf(html)).toContain('/enhance/stories.js');
		expect(javascriptBytes(html)).toBeGreaterThan(1000);
	});
});
