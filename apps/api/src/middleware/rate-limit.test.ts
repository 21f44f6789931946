import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/support/problem.js';
import { createApp } from '../app.js';
import { isLimited, isLoopback, type RateLimitOptions } from './rate-limit.js';

/** the client address comes from a test header here; the entries read the socket or CF-Connecting-IP */
const limits: RateLimitOptions = {
	policy: { limit: 3, windowSeconds: 60 },
	clientOf: (c) => c.req.header('x-test-client'),
};
const app = createApp({ rateLimit: limits });
const from = (client: string, path = '/v1/stats') =>
	app.request(path, { headers: { 'x-test-client': client } });

describe('isLoopback', () => {
	it('holds for 127.0.0.0/8 and ::1, also IPv4-mapped', () => {
		for (const address of ['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1']) {
			expect(isLoopback(address), address).toBe(true);
		}
		for (const address of ['192.0.2.7', '::ffff:192.0.2.7', '2001:db8::1', '1127.0.0.1', '']) {
			expect(isLoopback(address), address).toBe(false);
		}
	});

	it('exempts loopback clients unless told to limit them too', () => {
		expect(isLimited(limits, '127.0.0.1')).toBe(false);
		expect(isLimited({ ...limits, limitLoopback: true }, '127.0.0.1')).toBe(true);
		expect(isLimited(limits, '192.0.2.7')).toBe(true);
	});
});

describe('rate limiting', () => {
	it('answers other clients past their limit with a 429 problem and the IETF headers', async () => {
		const statuses: number[] = [];
		for (let request = 0; request < 3; request++) {
			const response = await from('192.0.2.7');
			statuses.push(response.status);
			expect(response.headers.get('ratelimit-policy')).toBe('3;w=60');
			expect(response.headers.get('ratelimit')).toMatch(
				new RegExp(`^limit=3, remaining=${2 - request}, reset=\\d+$`),
			);
		}
		expect(statuses).toEqual([200, 200, 200]);
		const refused = await from('192.0.2.7', '/v1/governments');
		await expectProblem(refused, 429, 'too-many-requests');
		expect(refused.headers.get('retry-after')).toBe('60');
		expect(refused.headers.get('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
		// each client has its own window
		expect((await from('198.51.100.4')).status).toBe(200);
	});

	it('never throttles loopback clients, nor says anything about limits to them', async () => {
		for (let request = 0; request < 10; request++) {
			const response = await from('127.0.0.1');
			expect(response.status).toBe(200);
			expect(response.headers.get('ratelimit')).toBeNull();
		}
	});
});
