/**
 * @module per-client rate limiting, as public APIs do: a 429 problem past the limit and the IETF
 * `RateLimit` / `RateLimit-Policy` headers (draft 7, as hono-rate-limiter writes them). Counted in
 * memory by hono-rate-limiter by default (Node) or by Cloudflare's Rate Limiting binding (Workers,
 * whose build leaves hono-rate-limiter out); loopback clients are exempt unless told otherwise, so
 * local use, benchmarks and tests are never throttled.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { problemResponse } from '../problem.js';

/** The limit every client gets: `limit` requests per `windowSeconds`. */
export interface RateLimitPolicy {
	limit: number;
	windowSeconds: number;
}

/** Cloudflare's Rate Limiting binding (`[[ratelimits]]` in wrangler.toml). */
export interface RateLimitBinding {
	limit(options: { key: string }): Promise<{ success: boolean }>;
}

export interface RateLimitOptions {
	policy: RateLimitPolicy;
	/** the client's address as the runtime knows it (Node: the socket; Workers: CF-Connecting-IP) */
	clientOf: (c: Context) => string | undefined;
	/** limit loopback clients too (default false: they are exempt) */
	limitLoopback?: boolean;
	/** counts in Cloudflare's binding instead of this process's memory */
	binding?: RateLimitBinding;
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopback(address: string | undefined): boolean {
	if (!address) return false;
	const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
	return v4.startsWith('127.') || address === '::1';
}

/** Whether a client's requests are counted; an unknown address (a local runtime) is not. */
export const isLimited = (options: RateLimitOptions, address: string | undefined) =>
	address !== undefined && (options.limitLoopback === true || !isLoopback(address));

const policyHeader = ({ limit, windowSeconds }: RateLimitPolicy) => `${limit};w=${windowSeconds}`;

/** what hono-rate-limiter records of a client's window in the context (the binding records nothing) */
interface WindowInfo {
	limit: number;
	remaining: number;
	resetTime?: Date;
}

/** `RateLimit-Policy`, and `RateLimit` where the count is known (in memory; the binding only says yes or no). */
function rateLimitHeaders(c: Context, policy: RateLimitPolicy): Record<string, string> {
	const headers: Record<string, string> = { 'RateLimit-Policy': policyHeader(policy) };
	const info = c.get('rateLimit' as never) as WindowInfo | undefined;
	if (info) {
		const reset = info.resetTime
			? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
			: policy.windowSeconds;
		headers.RateLimit = `limit=${info.limit}, remaining=${info.remaining}, reset=${reset}`;
	}
	return headers;
}

/** The per-client limiter; it runs before the memo, so memoized answers are counted too. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
	const { policy, clientOf, binding } = options;
	const skip = (c: Context) => !isLimited(options, clientOf(c));
	const keyGenerator = (c: Context) => clientOf(c) ?? '';
	const tooMany = async (c: Context) =>
		problemResponse(c, {
			type: 'too-many-requests',
			detail: `This client sent more than ${policy.limit} requests in ${policy.windowSeconds} seconds. Wait for the window to reset (Retry-After), or download the whole dataset once from /v1/dataset.json.`,
			headers: { ...rateLimitHeaders(c, policy), 'Retry-After': String(policy.windowSeconds) },
		});
	const limiter: MiddlewareHandler = binding
		? async (c, next) => {
				if (!skip(c) && !(await binding.limit({ key: keyGenerator(c) })).success) {
					return tooMany(c);
				}
				await next();
			}
		: rateLimiter({
				windowMs: policy.windowSeconds * 1000,
				limit: policy.limit,
				// written below on the response itself: a memoized answer is a Response of its own
				standardHeaders: false,
				keyGenerator,
				skip,
				handler: tooMany,
			});
	return async (c, next) => {
		const refused = (await limiter(c, next)) as Response | undefined;
		if (refused) {
			c.res = refused;
			return;
		}
		if (skip(c)) return;
		for (const [name, value] of Object.entries(rateLimitHeaders(c, policy))) {
			c.res.headers.set(name, value);
		}
	};
}
