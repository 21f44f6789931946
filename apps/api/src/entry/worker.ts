/** @module Cloudflare Workers entry: the same app, served from the edge */
import { createHandler } from '../app.js';
import type { RateLimitBinding, RateLimitOptions } from '../middleware/rate-limit.js';

/** What wrangler.toml binds: the Rate Limiting binding and the policy it enforces, to state it. */
interface Env {
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

// made on the first request: the bindings come with it, and stay the same for the isolate's life
let handler: ReturnType<typeof createHandler> | undefined;

export default {
	fetch: (request, env, ctx) => {
		// workerd (and Cloudflare's edge) compress a body sent with Content-Encoding on the way out
		handler ??= createHandler({ compress: 'runtime', rateLimit: rateLimitFrom(env) });
		return handler.fetch(request, env, ctx);
	},
} satisfies ExportedHandler<Env>;
