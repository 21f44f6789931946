import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { header, raw } from './support/raw.js';
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
		// fetch asks for gzip by itself: the tag names the coding it was served in
		expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{14}-gzip"$/);
		const { data } = (await response.json()) as { data: { slug: string } };
		expect(data.slug).toBe('albania');
	});

	it('logs one line per request', async () => {
		await node.fetch('/v1/stats?logged=1', { headers: { 'x-request-id': 'trace-42' } });
		await node.fetch('/healthz');
		await expect
			.poll(
				() =>
					node.output.filter((line) =>
						/^GET \/v1\/stats\?logged=1 400 \d+\.\dms trace-42$/.test(line),
					),
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

describe('transport on Node', () => {
	it.each(['br', 'gzip'])(
		'compresses with %s when asked, with Vary and its own ETag',
		async (coding) => {
			const identity = await node.fetch('/v1/dataset.json', {
				headers: { 'accept-encoding': 'identity' },
			});
			const plain = Buffer.from(await identity.arrayBuffer());
			const response = await raw(
				node.origin,
				`GET /v1/dataset.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${coding}\r\nConnection: close\r\n\r\n`,
			);
			expect(header(response, 'content-encoding')).toBe(coding);
			expect(header(response, 'vary')).toContain('Accept-Encoding');
			expect(Number(header(response, 'content-length'))).toBeLessThan(plain.byteLength / 3);
			expect(header(response, 'etag')).toBe(
				`${identity.headers.get('etag')?.slice(0, -1)}-${coding}"`,
			);
			expect(identity.headers.get('content-encoding')).toBeNull();
		},
	);

	it('sends Content-Length on HEAD, equal to the GET body', async () => {
		const init = { headers: { 'accept-encoding': 'identity' } };
		const get = await node.fetch('/v1/stories/albania', init);
		const head = await node.fetch('/v1/stories/albania', { ...init, method: 'HEAD' });
		expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
	});

	it('echoes a safe X-Request-Id and makes one up otherwise', async () => {
		const echoed = await node.fetch('/healthz', { headers: { 'x-request-id': 'abc-123' } });
		expect(echoed.headers.get('x-request-id')).toBe('abc-123');
		const unsafe = await node.fetch('/healthz', { headers: { 'x-request-id': 'a b<script>' } });
		expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('answers oversized headers with a 431 problem carrying our headers', async () => {
		const response = await raw(
			node.origin,
			`GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
		);
		expect(response).toMatch(/^HTTP\/1\.1 431 /);
		expect(header(response, 'content-type')).toBe('application/problem+json');
		expect(header(response, 'access-control-allow-origin')).toBe('*');
		expect(response).toContain('"type":"/problems/header-fields-too-large"');
	});

	it('answers a target fetch cannot hold (a backslash) with a 400 problem, not an empty body', async () => {
		const response = await raw(
			node.origin,
			'GET /v1/stories/\\ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
		);
		expect(response).toMatch(/^HTTP\/1\.1 400 /);
		expect(header(response, 'content-type')).toBe('application/problem+json');
		expect(response).toContain('"status":400');
	});

	it('gives up on a client that never finishes its headers (408 problem)', async () => {
		const response = await raw(node.origin, 'GET /v1 HTTP/1.1\r\nHost: x\r\n');
		expect(response).toMatch(/^HTTP\/1\.1 408 /);
		expect(response).toContain('"type":"/problems/request-timeout"');
	}, 40_000);
});
