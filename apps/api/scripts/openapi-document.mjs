// Generates the OpenAPI document at build time from the routes (src/openapi/generate.ts, which uses
// zod) and exposes it to the app as the module `virtual:openapi-document`, for esbuild (build) and
// Vite (tests), so the served document is the routes' own and no zod reaches the bundles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const OPENAPI_DOCUMENT_ID = 'virtual:openapi-document';
const root = fileURLToPath(new URL('..', import.meta.url));

/** the generator imports the app, whose virtual modules it never serves: empty stand-ins */
const virtualStubs = {
	name: 'virtual-stubs',
	/** @param {import('esbuild').PluginBuild} b */
	setup(b) {
		b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'stub' }));
		b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
			contents: 'export default "";',
			loader: 'js',
		}));
	},
};

/** @returns {Promise<object>} the OpenAPI document the API serves at /openapi.json */
export async function generateOpenApiDocument() {
	const result = await build({
		absWorkingDir: root,
		entryPoints: ['src/openapi/generate.ts'],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
		plugins: [virtualStubs],
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('the OpenAPI generator produced no output');
	// written beside the sources so its bare imports resolve from this package
	const dir = mkdtempSync(join(root, 'node_modules', '.openapi-'));
	try {
		const file = join(dir, 'generate.mjs');
		writeFileSync(file, output.text);
		const { generateDocument } = await import(pathToFileURL(file).href);
		return await generateDocument();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** one generation per process, shared by the Node and Worker builds that ask at the same time */
let generated;
/** @returns {Promise<string>} the document as served: JSON text */
export const openApiDocumentText = () => {
	generated ??= generateOpenApiDocument().then((document) => JSON.stringify(document));
	return generated;
};
const moduleSource = async () => `export default ${JSON.stringify(await openApiDocumentText())};`;

/** what the Worker bundles instead: its entry reads the document from its static assets */
const ASSET_STUB = `throw new Error('the Worker serves /openapi.json from its static assets (the ASSETS binding)');`;

/**
 * esbuild plugin resolving `virtual:openapi-document`
 * @param {{ asset?: boolean }} [options] asset: the document is a static asset, the module a stub
 */
export function esbuildOpenApiPlugin({ asset = false } = {}) {
	return {
		name: 'openapi-document',
		/** @param {import('esbuild').PluginBuild} b */
		setup(b) {
			b.onResolve({ filter: /^virtual:openapi-document$/ }, () => ({
				path: OPENAPI_DOCUMENT_ID,
				namespace: 'openapi-document',
			}));
			b.onLoad({ filter: /.*/, namespace: 'openapi-document' }, async () => ({
				contents: asset ? ASSET_STUB : await moduleSource(),
				loader: 'js',
			}));
		},
	};
}

/** Vite plugin resolving `virtual:openapi-document` (used by vitest) */
export function openApiPlugin() {
	const resolved = `\0${OPENAPI_DOCUMENT_ID}`;
	return {
		name: 'openapi-document',
		/** @param {string} id */
		resolveId(id) {
			return id === OPENAPI_DOCUMENT_ID ? resolved : undefined;
		},
		/** @param {string} id */
		async load(id) {
			return id === resolved ? moduleSource() : undefined;
		},
	};
}
