import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { baseConfig } from '@mgi-stories/vitest-config';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { enhancements } from './build-steps/enhancements.js';
import { fonts } from './build-steps/fonts.js';
import { inlangProject, PSEUDO_BUILD, PSEUDO_DIR } from './build-steps/site-build.js';

const shared = baseConfig.test;

/** where the app imports its compiled messages from (`$lib/paraglide/…`) */
const PARAGLIDE = './src/lib/paraglide';
/** the pseudo build compiles them elsewhere, so the deployed build's stay for the type check and tests */
const PSEUDO_PARAGLIDE = `./${PSEUDO_DIR}/paraglide`;

const paraglide = paraglideVitePlugin({
	project: inlangProject(),
	outdir: PSEUDO_BUILD ? PSEUDO_PARAGLIDE : PARAGLIDE,
	// the URL is the only state: no cookie, no Accept-Language guess on a static host
	strategy: ['url', 'baseLocale'],
	// lets the client bundle drop the server-only branches
	isServer: 'import.meta.env.SSR',
	emitReadme: false,
});

/** In the pseudo build, `$lib/paraglide/…` resolves to the pseudo-locale's compiled messages. */
const pseudoMessages: Plugin = {
	name: 'pseudo-locale-messages',
	enforce: 'pre',
	resolveId(source, importer) {
		const from = fileURLToPath(new URL(PARAGLIDE, import.meta.url));
		if (!source.startsWith(from)) return null;
		const to = fileURLToPath(new URL(PSEUDO_PARAGLIDE, import.meta.url));
		return this.resolve(to + source.slice(from.length), importer, { skipSelf: true });
	},
};

export default defineConfig({
	plugins: [
		...(PSEUDO_BUILD ? [pseudoMessages] : []),
		// vitest runs after the build (turbo.json) and beside svelte-check: compiling the messages again
		// here would rewrite src/lib/paraglide/ while svelte-check reads it
		...(process.env.VITEST ? [] : [paraglide, fonts()]),
		sveltekit(),
		enhancements(),
	],
	test: {
		...shared,
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'build-steps/**/*.test.ts'],
	},
});
