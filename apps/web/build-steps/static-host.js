/** @module wraps adapter-static: publishes the 404 pages at build/404.html (build/fr/404.html …) and writes build/_headers and build/_redirects */
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { governmentId, governments } from '@mgi-stories/core';
import { headersFile } from '../server/security-headers.js';
import { BUILD_DIR, LOCALE_FOLDERS } from './site-build.js';

/**
 * A `_redirects` file (Netlify and Cloudflare Pages format): government pages also answer under
 * their code in capitals (`/governments/KAZ/`), as codes are usually written; the site's own server
 * does the same.
 * @param {readonly string[]} ids the governments' ids (`KAZ`, `br-sao-paulo`)
 */
export function redirectsFile(ids) {
	return `${ids
		.filter((id) => id !== id.toLowerCase())
		.map((id) => `/governments/${id}/ /governments/${id.toLowerCase()}/ 308`)
		.join('\n')}\n`;
}

/** The route prerendered as the site's 404 page. */
export const NOT_FOUND_ROUTE = 'not-found';

/**
 * Moves a prerendered 404 page (`not-found/index.html`, `fr/not-found/index.html`) to `404.html` in
 * its locale's folder: static hosts such as Cloudflare Pages serve the nearest one.
 * @param {string} folder the locale's folder in build/
 */
function publishNotFound(folder) {
	const page = join(folder, NOT_FOUND_ROUTE, 'index.html');
	if (!existsSync(page))
		throw new Error(`the ${NOT_FOUND_ROUTE} page was not prerendered in ${folder}`);
	for (const suffix of ['', '.gz', '.br']) {
		if (existsSync(page + suffix)) renameSync(page + suffix, join(folder, `404.html${suffix}`));
	}
	rmSync(join(folder, NOT_FOUND_ROUTE), { recursive: true, force: true });
}

/**
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function staticHost(adapter) {
	return {
		name: `${adapter.name} + static-host`,
		async adapt(builder) {
			await adapter.adapt(builder);
			const out = BUILD_DIR;
			for (const folder of [out, ...LOCALE_FOLDERS.map((locale) => join(out, locale))]) {
				publishNotFound(folder);
			}
			const downloads = readdirSync(join(out, 'citations'))
				.filter((name) => /\.(bib|ris)$/.test(name))
				.map((name) => `/citations/${name}`);
			writeFileSync(join(out, '_headers'), headersFile(downloads, LOCALE_FOLDERS));
			writeFileSync(join(out, '_redirects'), redirectsFile(governments.map(governmentId)));
			builder.log.minor('Wrote the 404 pages and build/_headers');
		},
	};
}
