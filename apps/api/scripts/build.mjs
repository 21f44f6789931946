// Bundles the API for its two runtimes (core and hono included; the OpenAPI document generated from
// the routes at build time, so zod, which describes the responses, stays out):
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
import { esbuildOpenApiPlugin } from './openapi-document.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const shared = {
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	legalComments: 'none',
	logLevel: 'warning',
	plugins: [esbuildDocsClientPlugin(), esbuildOpenApiPlugin()],
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
		// the npm packages bundled, so tests can tell what the Worker carries
		packages: [
			...new Set(
				Object.keys(worker.metafile.inputs).flatMap(
					(input) =>
						/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input)?.[1] ?? [],
				),
			),
		].sort(),
	};
	writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
	console.log(
		`built dist/node.js and dist/worker.js (${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped)`,
	);
}
