/** @module Cloudflare Workers entry: the same app, served from the edge */
import { createHandler } from '../app.js';
import { setDataSource } from '../lazy/data.js';
import type { RateLimitBinding, RateLimitOptions } from '../middleware/rate-limit.js';

/** What wrangler.toml binds: the static assets, the Rate Limiting binding and the policy it enforces, to state it. */
interface Env {
	ASSETS: Fetcher;
	RATE_LIMITER?: RateLimitBinding;
	API_RATE_LIMIT?: string;
	API_RATE_LIMIT_WINDOW?: string;
	API_RATE_LIMIT_LOOPBACK?: string;
}

/** Per-client limits counted by Cloudflare's binding, keyed by the address Cloudflare reports. */
function rateLimitFrom(env: Env): RateLimitOptions | undefined {
	if (!env.RATE_LIMITER) return undefined;
	return {
		binding: env.RATE_LIMITER,
		policy: {
			limit: Number(env.API_RATE_LIMIT ?? 600),
			windowSeconds: Number(env.API_RATE_LIMIT_WINDOW ?? 60),
		},
		clientOf: (c) => c.req.header('cf-connecting-ip'),
		limitLoopback: env.API_RATE_LIMIT_LOOPBACK === 'true',
	};
}

/** A static asset's text; the asset server answers any path, so a missing one is an error. */
async function assetText(assets: Fetcher, path: string): Promise<string> {
	const response = await assets.fetch(`https://assets.invalid${path}`);
	if (!response.ok) throw new Error(`static asset ${path}: ${response.status}`);
	return response.text();
}

// made on the first request: the bindings come with it, and stay the same for the isolate's life
let handler: ReturnType<typeof createHandler> | undefined;

export default {
	fetch: (request, env, ctx) => {
		if (!handler) {
			// core's largest tables, left out of the modules by scripts/build.mjs: read on first use
			setDataSource((name) => assetText(env.ASSETS, `/data/${name}.txt`));
		}
		// workerd (and Cloudflare's edge) compress a body sent with Content-Encoding on the way out
		handler ??= createHandler({
			compress: 'runtime',
			rateLimit: rateLimitFrom(env),
			// the same bytes Node bundles, kept out of the Worker's modules (scripts/build.mjs)
			openApiDocument: () => assetText(env.ASSETS, '/openapi.json'),
			docsScript: () => assetText(env.ASSETS, '/docs/app.js'),
			docsStyle: () => assetText(env.ASSETS, '/docs/app.css'),
		});
		return handler.fetch(request, env, ctx);
	},
} satisfies ExportedHandler<Env>;
