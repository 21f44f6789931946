import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleEnhancements } from './enhancements.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

describe('the enhancement bundles', async () => {
	const files = await bundleEnhancements(root, true);
	const text = (name: string) =>
		new TextDecoder().decode(files.find((file) => file.fileName === name)?.contents);

	it('have fixed entry names and content-hashed lazy chunks', () => {
		const names = files.map((file) => file.fileName);
		expect(names).toContain('enhance.js');
		expect(names).toContain('enhance/stories.js');
		const search = names.find((name) => name.includes('story-search'));
		expect(search).toMatch(/^_app\/immutable\/enhance\/story-search-[A-Z0-9]+\.js$/);
		// the search engine loads on the first query, not with the page
		expect(text('enhance/stories.js')).toContain(`import("../${search}")`);
		expect(text('enhance/stories.js')).not.toContain('createSearchEngine');
	});

	/** a file and every chunk it imports statically, by file name */
	const closure = (name: string, seen = new Set<string>()): Set<string> => {
		seen.add(name);
		for (const [, path = ''] of text(name).matchAll(
			/(?:^|[;}])import(?:[\w\s{},*$]*?from)?\s*"([^"]+)"/g,
		)) {
			const file = new URL(path, `https://site/${name}`).pathname.slice(1);
			if (!seen.has(file)) closure(file, seen);
		}
		return seen;
	};
	const gzipped = (names: Iterable<string>) =>
		[...names].reduce((sum, name) => sum + gzipSync(text(name), { level: 9 }).length, 0);

	it('keep the stories page and its search in three languages within 25 KB of JavaScript', () => {
		const page = closure('enhance/stories.js');
		const search = files.find((file) => file.fileName.includes('story-search'))?.fileName ?? '';
		// the engine (stemmers, stop words) is not in what the page loads up front
		expect(page.has(search)).toBe(false);
		expect(gzipped(page)).toBeLessThan(6 * 1024);
		expect(gzipped(new Set([...page, ...closure(search)]))).toBeLessThan(25 * 1024);
	});

	it('hold none of the words they show: those are in the pages, to be translated', () => {
		const code = files.map((file) => new TextDecoder().decode(file.contents)).join('\n');
		for (const words of [
			'Clear all',
			' selected)',
			'Searching',
			'No story matches',
			'Show all',
			'remove this filter',
			'Copied',
			'copied to the',
			'Back to the world',
			'Map zoomed',
		]) {
			expect(code, words).not.toContain(words);
		}
	});
});
