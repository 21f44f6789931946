import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('data/governments.json', () => {
	it('is exactly what the enrichment script derives from the booklet list and the pinned libraries', () => {
		expect(() =>
			execFileSync(
				join(packageDir, 'node_modules', '.bin', 'tsx'),
				['scripts/enrich-governments.ts', '--check'],
				{
					cwd: packageDir,
					stdio: 'pipe',
				},
			),
		).not.toThrow();
	});
});
