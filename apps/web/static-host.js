/** @module wraps adapter-static: publishes the 404 page at build/404.html and writes build/_headers */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './security-headers.js';

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
			writeFileSync(join(out, '_headers'), headersFile());
			builder.log.minor('Wrote build/404.html and build/_headers');
		},
	};
}
