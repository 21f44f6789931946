/** @module SvelteKit config: every page prerendered by adapter-static, with a hash-based CSP */
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { BUILD_DIR, KIT_DIR, LOCALE_FOLDERS, PSEUDO_BUILD } from './build-steps/site-build.js';
import { NOT_FOUND_ROUTE, staticHost } from './build-steps/static-host.js';

/** sha256 of the inline style SvelteKit puts on its live-region announcer after hydration */
const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticHost(
			// the pseudo site is only read by the tests: no compressed copies
			adapter({ pages: BUILD_DIR, assets: BUILD_DIR, precompress: !PSEUDO_BUILD, strict: true }),
		),
		// the CSS is small: inline it (hashed into the CSP) instead of render-blocking requests; the
		// layout's sheet holds each language's font faces (build-steps/fonts.js), about 18 KB in all
		inlineStyleThreshold: 24_576,
		outDir: KIT_DIR,
		// absolute asset paths, so build/404.html works at any depth
		paths: { relative: false },
		prerender: {
			// the site's public origin, so the crawler follows absolute links to our own pages (hreflang
			// alternates, og:image of the French and Spanish share cards) and proves they exist
			origin: new URL(process.env.PUBLIC_SITE_URL?.trim() || 'http://localhost:4173').origin,
			// every page is reached by crawling (the language switcher links each page to its
			// translations) except the 404 pages, which nothing links to
			entries: [
				'*',
				...LOCALE_FOLDERS.flatMap(
					(locale) => /** @type {const} */ ([`/${locale}/`, `/${locale}/${NOT_FOUND_ROUTE}/`]),
				),
			],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail',
		},
		typescript: {
			// type-check the e2e specs, the server, the build steps (with their tests) and the bench with the app
			config: (tsconfig) => {
				tsconfig.include.push(
					'../e2e/**/*.ts',
					'../playwright.config.ts',
					'../*.js',
					'../server/**/*.{js,ts}',
					'../build-steps/**/*.{js,ts}',
					'../bench/**/*.js',
				);
				return tsconfig;
			},
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// exactly the style attribute of SvelteKit's route announcer (kit 2.70), nothing else
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'upgrade-insecure-requests': false,
			},
		},
	},
};

export default config;
