import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleEnhancements } from './enhancements.js';

const root = dirname(fileURLToPath(import.meta.url));

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
