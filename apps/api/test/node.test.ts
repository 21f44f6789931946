import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeRuntime, startNode } from './support/runtimes.js';

let node: NodeRuntime;
beforeAll(async () => {
	node = await startNode();
});
afterAll(async () => {
	await node.stop();
});

describe('node entry (dist/node.js)', () => {
	it('prints where it listens', () => {
		expect(node.output[0]).toMatch(/^API listening on http:\/\/localhost:\d+$/);
	});

	it('serves the API over HTTP', async () => {
		const response = await node.fetch('/v1/stories/albania');
		expect(response.status).toBe(200);
		expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{14}"$/);
		const { data } = (await response.json()) as { data: { slug: string } };
		expect(data.slug).toBe('albania');
	});

	it('logs one line per request', async () => {
		await node.fetch('/v1/stats?logged=1');
		await node.fetch('/healthz');
		await expect
			.poll(
				() => node.output.filter((line) => /^GET \/v1\/stats\?logged=1 400 \d+\.\dms$/.test(line)),
				{ timeout: 10_000 },
			)
			.toHaveLength(1);
		await expect
			.poll(() => node.output.some((line) => /^GET \/healthz 200 /.test(line)), { timeout: 10_000 })
			.toBe(true);
	});

	it('rejects undecodable percent-encoding on the wire with a problem', async () => {
		const response = await node.fetch('/v1/stories/%E0%A4%A');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
	});

	it('answers a 3 KB request target with 414', async () => {
		const response = await node.fetch(`/v1/search?q=${'x'.repeat(3000)}`);
		expect(response.status).toBe(414);
	});
});
