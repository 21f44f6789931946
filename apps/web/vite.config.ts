import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { baseConfig } from '@mgi-stories/vitest-config';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { enhancements } from './enhancements.js';
import { fonts } from './fonts.js';

const shared = baseConfig.test;

const paraglide = paraglideVitePlugin({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// the URL is the only state: no cookie, no Accept-Language guess on a static host
	strategy: ['url', 'baseLocale'],
	// lets the client bundle drop the server-only branches
	isServer: 'import.meta.env.SSR',
	emitReadme: false,
});

export default defineConfig({
	plugins: [
		// vitest runs after the build (turbo.json) and beside svelte-check: compiling the messages again
		// here would rewrite src/lib/paraglide/ while svelte-check reads it
		...(process.env.VITEST ? [] : [paraglide, fonts()]),
		sveltekit(),
		enhancements(),
	],
	test: {
		...shared,
		include: ['src/**/*.test.ts', '*.test.ts'],
	},
});
