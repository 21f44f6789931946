/** @module wraps adapter-static: publishes the 404 page at build/404.html and writes build/_headers and build/_redirects */
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { governmentId, governments } from '@mgi-stories/core';
import { headersFile } from './security-headers.js';

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
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function staticHost(adapter) {
	return {
		name: `${adapter.name} + static-host`,
		async adapt(builder) {
			await adapter.adapt(builder);
			const out = 'build';
			const page = join(out, NOT_FOUND_ROUTE, 'index.html');
			if (!existsSync(page)) throw new Error(`the ${NOT_FOUND_ROUTE} page was not prerendered`);
			for (const suffix of ['', '.gz', '.br']) {
				if (existsSync(page + suffix)) renameSync(page + suffix, join(out, `404.html${suffix}`));
			}
			rmSync(join(out, NOT_FOUND_ROUTE), { recursive: true, force: true });
			const downloads = readdirSync(join(out, 'citations'))
				.filter((name) => /\.(bib|ris)$/.test(name))
				.map((name) => `/citations/${name}`);
			writeFileSync(join(out, '_headers'), headersFile(downloads));
			writeFileSync(join(out, '_redirects'), redirectsFile(governments.map(governmentId)));
			builder.log.minor('Wrote build/404.html and build/_headers');
		},
	};
}
