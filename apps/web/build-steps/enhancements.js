/**
 * @module The progressive enhancements of the pages that ship no framework code: small browser
 * modules in src/lib/enhance/, bundled with esbuild into `/enhance.js` (every such page) and
 * `/enhance/stories.js`, `/enhance/governments.js` and `/enhance/search.js` (those pages). What they load lazily goes to
 * `/_app/immutable/enhance/`, content-hashed and cached for a year like SvelteKit's own chunks.
 * Pages reference the entries by their fixed names in a `<script type="module">` (the CSP allows
 * the site's own scripts).
 */
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';

/** output name (without .js) → source module: the scripts pages load */
const ENTRIES = {
	enhance: 'src/lib/enhance/page.ts',
	'enhance/stories': 'src/lib/enhance/stories.ts',
	'enhance/search': 'src/lib/enhance/search.ts',
};

/**
 * Modules that import from core's main module, bundled each on its own. With code splitting, a
 * module that imports one function from core's main module (the governments script's
 * `normalizeName`) shares a chunk with every part of core another entry loads lazily, so every
 * visitor would download core's search engine. The governments script imports core's resolver on
 * first use by its fixed address.
 */
const STANDALONE = {
	'enhance/governments': 'src/lib/enhance/governments.ts',
	'enhance/resolver': 'src/lib/enhance/resolver.ts',
};

/**
 * Bundles the entries and their lazy chunks in memory.
 * @param {string} root the app's folder
 * @param {boolean} minify
 * @returns {Promise<{ fileName: string, contents: Uint8Array }[]>} files named as served from the site's root
 */
export async function bundleEnhancements(root, minify) {
	const outdir = join(root, '.enhance');
	/** @param {Record<string, string>} entries @param {boolean} splitting */
	const bundle = (entries, splitting) =>
		build({
			entryPoints: Object.entries(entries).map(([out, source]) => ({
				in: join(root, source),
				out,
			})),
			bundle: true,
			splitting,
			format: 'esm',
			target: 'es2022',
			platform: 'browser',
			minify,
			legalComments: 'none',
			chunkNames: '_app/immutable/enhance/[name]-[hash]',
			// a standalone module imported by its address
			external: ['/enhance/*'],
			outdir,
			write: false,
			logLevel: 'warning',
		});
	const results = await Promise.all([bundle(ENTRIES, true), bundle(STANDALONE, false)]);
	return results.flatMap((result) =>
		result.outputFiles.map((file) => ({
			fileName: relative(outdir, file.path).split(sep).join('/'),
			contents: file.contents,
		})),
	);
}

/** @returns {import('vite').Plugin} */
export function enhancements() {
	let root = process.cwd();
	let ssr = false;
	return {
		name: 'mgi-stories:enhancements',
		configResolved(config) {
			root = config.root;
			ssr = Boolean(config.build.ssr);
		},
		async generateBundle() {
			const client = this.environment ? this.environment.config.consumer === 'client' : !ssr;
			if (!client) return;
			for (const { fileName, contents } of await bundleEnhancements(root, true)) {
				this.emitFile({ type: 'asset', fileName, source: contents });
			}
		},
		configureServer(server) {
			// `vite dev`: bundle on request, so an edit shows on reload
			server.middlewares.use(async (request, response, next) => {
				const path = request.url?.split('?')[0]?.slice(1) ?? '';
				if (!/^(enhance\.js|enhance\/|_app\/immutable\/enhance\/)/.test(path)) return next();
				try {
					const file = (await bundleEnhancements(root, false)).find(
						(candidate) => candidate.fileName === path,
					);
					if (!file) return next();
					response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
					response.end(file.contents);
				} catch (error) {
					next(error);
				}
			});
		},
	};
}
