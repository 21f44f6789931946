// What a browser app pays for importing parts of the package: each row is bundled by esbuild
// (browser, minified, ESM) from an installed copy of the packed package, then gzipped (level 9).
// Used by test/pack.test.ts (fails above a target) and by `pnpm bench` (before/after table).
// CLI: node scripts/bundle-sizes.mjs <dir whose node_modules holds @mgi-stories/core>
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Sizes in kB (1 kB = 1000 bytes). */
export const BUNDLE_ROWS = [
	{
		name: 'findGovernment',
		code: "export { findGovernment } from '@mgi-stories/core';",
		targetGzipKb: 25,
	},
	{
		name: 'cite + findStory',
		code: "export { cite, findStory } from '@mgi-stories/core';",
		targetGzipKb: 30,
	},
	{
		name: 'search',
		code: "export { search } from '@mgi-stories/core';",
		// search in three languages: the French and Spanish stemmers and stop words (~6 kB gz), the
		// names and tag labels in French and Spanish, and the synonyms (~5 kB gz)
		targetGzipKb: 50,
	},
	{
		name: 'import * as core',
		code: "import * as core from '@mgi-stories/core';\nconsole.log(core);",
		// everything: the French and Spanish vocabulary, claims and sentences (~23 kB gz), the
		// Porter2 stemmer search uses (~2 kB gz), the UN's names (~15.5 kB gz), the resolver's
		// other aliases (~7.5 kB gz) and search's French and Spanish stemmers, stop words and
		// synonyms (~8 kB gz)
		targetGzipKb: 123,
	},
];

/** Bundles every row against the package installed under `projectDir`. */
export async function measureBundles(projectDir) {
	const sizes = [];
	for (const row of BUNDLE_ROWS) {
		const result = await build({
			stdin: { contents: row.code, resolveDir: projectDir, loader: 'js' },
			absWorkingDir: projectDir,
			bundle: true,
			platform: 'browser',
			format: 'esm',
			minify: true,
			write: false,
			metafile: true,
			logLevel: 'silent',
		});
		const [output] = Object.values(result.metafile.outputs);
		const bytes = result.outputFiles[0].contents;
		sizes.push({
			...row,
			minKb: round(bytes.length / 1000),
			gzipKb: round(gzipSync(bytes, { level: 9 }).length / 1000),
			/** the files bundled, relative to the project's node_modules */
			inputs: Object.keys(output.inputs).map((path) => path.replace(/^.*node_modules\//, '')),
		});
	}
	return sizes;
}

const round = (kb) => Math.round(kb * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: node scripts/bundle-sizes.mjs <project dir>');
	for (const row of await measureBundles(dir)) {
		console.log(
			`${row.name.padEnd(18)} ${String(row.minKb).padStart(6)} kB min ${String(row.gzipKb).padStart(6)} kB gz (target ≤ ${row.targetGzipKb})`,
		);
	}
}
