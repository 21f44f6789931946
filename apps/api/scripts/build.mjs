// Bundles the API for its two runtimes (core and hono included; the OpenAPI document generated from
// the routes at build time, so zod, which describes the responses, stays out):
//   dist/node.js   – Node 20 (platform node), started by `pnpm start`
//   dist/worker/   – Cloudflare Workers / workerd (platform neutral, ESM, minified): the entry
//                    worker.mjs and the modules it imports on first use (src/lazy/load.ts), which
//                    wrangler uploads beside it
//   dist/assets/   – the Worker's static assets: openapi.json, docs/app.js and docs/app.css, which its entry serves
//                    through the app,
//                    and data/*.txt, core's largest tables, which it reads on first use
//                    (scripts/core-imports.mjs)
// `--watch` rebuilds the Node bundle on change and restarts it (the dev script).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, context } from 'esbuild';
import {
	bundleOptions,
	nodeTarget,
	workerTarget,
} from '../../../tooling/scripts/esbuild-targets.mjs';
import { DATA_MODULES, esbuildCoreDataPlugin, esbuildCoreModulesPlugin } from './core-imports.mjs';
import { buildDocsClient, docsStyle, esbuildDocsClientPlugin } from './docs-client.mjs';
import { esbuildOpenApiPlugin, openApiDocumentText } from './openapi-document.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const workerDir = join(dist, 'worker');
const assetsDir = join(dist, 'assets');
// chunk names carry a hash: yesterday's would otherwise be uploaded too
rmSync(workerDir, { recursive: true, force: true });
rmSync(join(assetsDir, 'data'), { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** the Worker counts requests with its Rate Limiting binding (src/middleware/rate-limit.ts), never in memory */
const memoryRateLimiterLeftOut = {
	name: 'memory-rate-limiter-left-out',
	/** @param {import('esbuild').PluginBuild} b */
	setup(b) {
		b.onResolve({ filter: /^hono-rate-limiter$/ }, (args) => ({
			path: args.path,
			namespace: 'left-out',
		}));
		b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
			contents: `export function rateLimiter() { throw new Error("the Worker limits requests with its Rate Limiting binding (wrangler.toml's [[ratelimits]]), not in memory"); }`,
			loader: 'js',
		}));
	},
};

const nodeOptions = {
	...bundleOptions(root),
	...nodeTarget(),
	entryPoints: ['src/entry/node.ts'],
	outfile: 'dist/node.js',
	sourcemap: true,
	plugins: [esbuildDocsClientPlugin(), esbuildOpenApiPlugin()],
};

const workerOptions = {
	...bundleOptions(root),
	...workerTarget,
	entryPoints: ['src/entry/worker.ts'],
	outdir: 'dist/worker',
	splitting: true,
	chunkNames: '[name]-[hash]',
	// .mjs: ES modules by the default module rules of wrangler and Miniflare alike
	outExtension: { '.js': '.mjs' },
	// the OpenAPI document, the docs' script and core's largest tables are static assets (dist/assets/,
	// wrangler's [assets]) the Worker reads
	plugins: [
		esbuildDocsClientPlugin({ asset: true }),
		esbuildOpenApiPlugin({ asset: true }),
		esbuildCoreModulesPlugin({ appDir: root }),
		esbuildCoreDataPlugin({ assetsDir }),
		memoryRateLimiterLeftOut,
	],
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
	const [, worker, document, docsScript] = await Promise.all([
		build(nodeOptions),
		build(workerOptions),
		openApiDocumentText(),
		buildDocsClient(),
	]);
	mkdirSync(join(assetsDir, 'docs'), { recursive: true });
	writeFileSync(join(assetsDir, 'openapi.json'), document);
	writeFileSync(join(assetsDir, 'docs', 'app.js'), docsScript);
	writeFileSync(join(assetsDir, 'docs', 'app.css'), docsStyle());
	const outputs = worker.metafile.outputs;
	const modules = Object.keys(outputs).map((file) => {
		const bytes = readFileSync(join(root, file));
		return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	});
	/** the entry and every module it imports statically: what workerd evaluates before the first request */
	const startup = new Set(['dist/worker/worker.mjs']);
	for (const file of startup) {
		for (const { path, kind } of outputs[file].imports) {
			if (kind === 'import-statement') startup.add(path);
		}
	}
	/** the data assets (core-imports.mjs) a module reads, with those of every module it imports statically */
	const dataOf = (file) => {
		const closure = new Set([file]);
		for (const each of closure) {
			for (const { path, kind } of outputs[each].imports) {
				if (kind === 'import-statement') closure.add(path);
			}
		}
		const inputs = [...closure].flatMap((each) => Object.keys(outputs[each].inputs));
		return DATA_MODULES.filter((name) =>
			inputs.some((input) => input.endsWith(`/dist/generated/${name}.js`)),
		);
	};
	const startData = dataOf('dist/worker/worker.mjs');
	if (startData.length > 0) {
		throw new Error(
			`the Worker's start modules read data left out of them (${startData.join(', ')}): only modules src/lazy/load.ts imports may`,
		);
	}
	/** each module src/lazy/load.ts imports, by its name there, with the data assets it reads */
	const lazy = Object.fromEntries(
		Object.entries(outputs).flatMap(([file, output]) => {
			const name = /^src\/lazy\/(\w+)\.ts$/.exec(output.entryPoint ?? '')?.[1];
			return name ? [[name, { file, data: dataOf(file) }]] : [];
		}),
	);
	const data = DATA_MODULES.map((name) => {
		const bytes = readFileSync(join(assetsDir, 'data', `${name}.txt`));
		return {
			file: `dist/assets/data/${name}.txt`,
			bytes: bytes.length,
			gzip: gzipSync(bytes, { level: 9 }).length,
		};
	});
	const total = (selected) => ({
		bytes: selected.reduce((sum, module) => sum + module.bytes, 0),
		gzip: selected.reduce((sum, module) => sum + module.gzip, 0),
	});
	const sizes = {
		// each module gzipped alone (level 9), as it is uploaded
		worker: {
			entry: {
				...total(modules.filter((module) => startup.has(module.file))),
				modules: [...startup],
			},
			total: { ...total(modules), modules: modules.length },
			modules,
			lazy,
			// not modules: static assets the Worker fetches through ASSETS on first use
			data: { ...total(data), assets: data },
		},
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
	const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
	console.log(
		`built dist/node.js and dist/worker/ (entry and its static imports ${kib(sizes.worker.entry.gzip)} gzipped; all ${modules.length} modules ${kib(sizes.worker.total.gzip)}; data assets ${kib(sizes.worker.data.gzip)})`,
	);
}
