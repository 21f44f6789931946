import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/problem.js';
import { type Runtime, startNode, startWorkerd } from './support/runtimes.js';

const started: Runtime[] = [];
afterAll(async () => {
	await Promise.all(started.map((runtime) => runtime.stop()));
});

async function statusesOf(runtime: Runtime, count: number, headers: Record<string, string> = {}) {
	const statuses: number[] = [];
	for (let request = 0; request < count; request++) {
		const response = await runtime.fetch('/v1/stats', { headers });
		await response.arrayBuffer();
		statuses.push(response.status);
	}
	return statuses;
}

describe('rate limiting on Node (in memory)', () => {
	it('never throttles loopback clients by default, memoized answers included', async () => {
		const node = await startNode({ API_RATE_LIMIT: '2' });
		started.push(node);
		expect(await statusesOf(node, 6)).toEqual([200, 200, 200, 200, 200, 200]);
	});

	it('limits a client past API_RATE_LIMIT, memoized answers included, with a 429 problem', async () => {
		// loopback counted too, so this test is "another client"
		const node = await startNode({ API_RATE_LIMIT: '2', API_RATE_LIMIT_LOOPBACK: 'true' });
		started.push(node);
		expect(await statusesOf(node, 2)).toEqual([200, 200]);
		const refused = await node.fetch('/v1/stats');
		expect(refused.headers.get('ratelimit-policy')).toBe('2;w=60');
		await expectProblem(refused, 429, 'too-many-requests');
	});
});

describe('rate limiting on workerd (the Rate Limiting binding, emulated by Miniflare)', () => {
	it('limits other clients by CF-Connecting-IP and exempts loopback', async () => {
		const workerd = await startWorkerd({
			ratelimits: { RATE_LIMITER: { simple: { limit: 3, period: 60 } } },
			bindings: { API_RATE_LIMIT: '3', API_RATE_LIMIT_WINDOW: '60' },
		});
		started.push(workerd);
		const other = { 'cf-connecting-ip': '192.0.2.7' };
		expect(await statusesOf(workerd, 3, other)).toEqual([200, 200, 200]);
		const refused = await workerd.fetch('/v1/stats', { headers: other });
		expect(refused.headers.get('ratelimit-policy')).toBe('3;w=60');
		await expectProblem(refused, 429, 'too-many-requests');
		const loopback = { 'cf-connecting-ip': '127.0.0.1' };
		expect(await statusesOf(workerd, 5, loopback)).toEqual([200, 200, 200, 200, 200]);
	});
});
