// What a browser app pays for importing parts of the package: each row is bundled by esbuild
// (browser, minified, ESM) from an installed copy of the packed package, then gzipped (level 9).
// Used by test/pack.test.ts (fails above a budget) and by `pnpm bench` (before/after table); the
// rows and their budgets are tooling/budgets/core.json's.
// CLI: node scripts/bundle-sizes.mjs <dir whose node_modules holds @mgi-stories/core>
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budgets, in tooling/budgets/core.json: sizes in kB (1 kB = 1000 bytes). */
export const BUDGETS = JSON.parse(
	readFileSync(new URL('../../../tooling/budgets/core.json', import.meta.url), 'utf8'),
);
export const BUNDLE_ROWS = BUDGETS.bundles;

/**
 * Bundles every row against the package installed under `projectDir` (with `{ was: true }`, a row's
 * import as it was written before the subpath entries, for an older version); a row the package
 * cannot bundle has no sizes.
 */
export async function measureBundles(projectDir, { was = false } = {}) {
	return Promise.all(
		BUNDLE_ROWS.map((row) =>
			measureBundle(projectDir, row, was ? (row.was ?? row.code) : row.code),
		),
	);
}

async function measureBundle(projectDir, row, code) {
	const result = await build({
		stdin: { contents: code, resolveDir: projectDir, loader: 'js' },
		absWorkingDir: projectDir,
		bundle: true,
		platform: 'browser',
		format: 'esm',
		minify: true,
		write: false,
		metafile: true,
		logLevel: 'silent',
	}).catch(() => undefined);
	if (!result)
		return { name: row.name, budgetGzipKb: row.gzipKb, minKb: null, gzipKb: null, inputs: [] };
	const [output] = Object.values(result.metafile.outputs);
	const bytes = result.outputFiles[0].contents;
	return {
		name: row.name,
		budgetGzipKb: row.gzipKb,
		minKb: round(bytes.length / 1000),
		gzipKb: round(gzipSync(bytes, { level: 9 }).length / 1000),
		/** the files bundled, relative to the project's node_modules */
		inputs: Object.keys(output.inputs).map((path) => path.replace(/^.*node_modules\//, '')),
	};
}

const round = (kb) => Math.round(kb * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: node scripts/bundle-sizes.mjs <project dir>');
	for (const row of await measureBundles(dir)) {
		console.log(
			`${row.name.padEnd(18)} ${String(row.minKb).padStart(6)} kB min ${String(row.gzipKb).padStart(6)} kB gz (budget ≤ ${row.budgetGzipKb})`,
		);
	}
}
