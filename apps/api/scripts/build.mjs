// Bundles the API for its two runtimes (core, hono and zod included):
//   dist/node.js   – Node 20 (platform node), started by `pnpm start`
//   dist/worker.js – Cloudflare Workers / workerd (platform neutral, ESM, minified)
// `--watch` rebuilds the Node bundle on change and restarts it (the dev script).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, context } from 'esbuild';
import { esbuildDocsClientPlugin } from './docs-client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

// @hono/zod-openapi imports zod's `z` namespace and re-exports it, which keeps zod's ~40 locales
// (260 KB) in the bundle; core no longer needs zod at runtime, but the API's own validation does, and
// it only ever speaks English
const zodEnglishOnly = {
	name: 'zod-english-only',
	setup(b) {
		b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
			contents: 'export { default as en } from "./en.js";',
			loader: 'js',
		}));
	},
};

const shared = {
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	legalComments: 'none',
	logLevel: 'warning',
	plugins: [esbuildDocsClientPlugin(), zodEnglishOnly],
};

const nodeOptions = {
	...shared,
	entryPoints: ['src/entry/node.ts'],
	outfile: 'dist/node.js',
	platform: 'node',
	target: 'node20',
	sourcemap: true,
	// some bundled CommonJS may still call require() for node built-ins
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
	},
};

const workerOptions = {
	...shared,
	entryPoints: ['src/entry/worker.ts'],
	outfile: 'dist/worker.js',
	platform: 'neutral',
	target: 'es2022',
	mainFields: ['module', 'main'],
	conditions: ['workerd', 'worker', 'browser'],
	minify: true,
	metafile: true,
};

if (process.argv.includes('--watch')) {
	const ctx = await context(nodeOptions);
	await ctx.watch();
	const child = spawn(process.execPath, ['--watch', '--enable-source-maps', 'dist/node.js'], {
		cwd: root,
		stdio: 'inherit',
	});
	process.on('SIGINT', () => {
		child.kill('SIGINT');
		ctx.dispose().then(() => process.exit(0));
	});
} else {
	const [, worker] = await Promise.all([build(nodeOptions), build(workerOptions)]);
	const bytes = readFileSync(join(dist, 'worker.js'));
	const gzipped = gzipSync(bytes, { level: 9 }).length;
	const sizes = {
		worker: { bytes: bytes.length, gzip: gzipped },
		inputs: Object.keys(worker.metafile.inputs).length,
	};
	writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
	console.log(
		`built dist/node.js and dist/worker.js (${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped)`,
	);
}
