// Builds the interactive docs' browser script (src/docs/client.ts) into one minified string and
// exposes it, with the stylesheet (src/docs/app.css), to the app as the module
// `virtual:docs-client`, for esbuild (build) and Vite (tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const DOCS_CLIENT_ID = 'virtual:docs-client';
const entry = fileURLToPath(new URL('../src/docs/client.ts', import.meta.url));

/** @returns {string} the docs stylesheet, as served at /docs/app.css */
export const docsStyle = () =>
	readFileSync(new URL('../src/docs/app.css', import.meta.url), 'utf8');

/** @returns {Promise<string>} the docs script, minified, as served at /docs/app.js */
export async function buildDocsClient() {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		legalComments: 'none',
		logLevel: 'warning',
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('docs client produced no output');
	return output.text;
}

const moduleSource = async () =>
	`export default ${JSON.stringify(await buildDocsClient())};\nexport const style = ${JSON.stringify(docsStyle())};`;

/** what the Worker bundles instead: its entry reads the script from its static assets */
const ASSET_STUB = `throw new Error('the Worker serves /docs/app.js and /docs/app.css from its static assets (the ASSETS binding)');`;

/**
 * esbuild plugin resolving `virtual:docs-client`
 * @param {{ asset?: boolean }} [options] asset: the script is a static asset, the module a stub
 */
export function esbuildDocsClientPlugin({ asset = false } = {}) {
	return {
		name: 'docs-client',
		/** @param {import('esbuild').PluginBuild} b */
		setup(b) {
			b.onResolve({ filter: /^virtual:docs-client$/ }, () => ({
				path: DOCS_CLIENT_ID,
				namespace: 'docs-client',
			}));
			b.onLoad({ filter: /.*/, namespace: 'docs-client' }, async () => ({
				contents: asset ? ASSET_STUB : await moduleSource(),
				loader: 'js',
			}));
		},
	};
}

/** Vite plugin resolving `virtual:docs-client` (used by vitest) */
export function docsClientPlugin() {
	const resolved = `\0${DOCS_CLIENT_ID}`;
	return {
		name: 'docs-client',
		/** @param {string} id */
		resolveId(id) {
			return id === DOCS_CLIENT_ID ? resolved : undefined;
		},
		/** @param {string} id */
		async load(id) {
			return id === resolved ? moduleSource() : undefined;
		},
	};
}
