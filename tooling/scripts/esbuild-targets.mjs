/** @module the esbuild options the API and the MCP server bundle with, for their two runtimes */

/**
 * What every bundle shares: the app's own folder, everything bundled as ES modules, no legal comments.
 * @param {string} root the app's folder
 */
export const bundleOptions = (root) => ({
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	legalComments: 'none',
	logLevel: 'warning',
});

/**
 * Node 20; some bundled CommonJS may still call require() for node built-ins, which the banner gives it.
 * @param {{ bin?: boolean }} [options] `bin`: the bundle is a package's bin, run by its shebang
 */
export const nodeTarget = ({ bin = false } = {}) => ({
	platform: 'node',
	target: 'node20',
	banner: {
		js: `${bin ? '#!/usr/bin/env node\n' : ''}import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);`,
	},
});

/** Cloudflare Workers / workerd: platform neutral, the packages' worker builds, minified. */
export const workerTarget = {
	platform: 'neutral',
	target: 'es2022',
	mainFields: ['module', 'main'],
	conditions: ['workerd', 'worker', 'browser'],
	minify: true,
};
