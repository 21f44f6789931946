import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentReadme } from '../scripts/readme-tables.mjs';

describe('README.md', () => {
	it('lists every route and download as the code defines them (node scripts/readme-tables.mjs)', async () => {
		const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
		expect(readme).toBe(await currentReadme());
	}, 60_000);
});
