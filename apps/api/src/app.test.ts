import { datasetRelease } from '@mgi-stories/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { app, get } from '../test/support/app.js';
import { expectProblem } from '../test/support/problem.js';
import { createApp, createHandler } from './app.js';
import { MAX_TARGET_LENGTH } from './http/target.js';
import type { AccessLogEntry } from './middleware/access-log.js';

/** Headers as pairs, less the one that differs on every exchange. */
const withoutRequestId = (headers: Headers) =>
	[...headers].filter(([name]) => name !== 'x-request-id');

describe('headers on every response', () => {
	it.each(['/v1/stories', '/v1/nope', '/v1/stories?limit=0', '/healthz'])('%s', async (path) => {
		const response = await get(path);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
		expect(response.headers.get('link')).toContain('</v1/source>; rel="license"');
	});
});

describe('caching', () => {
	it('gives data a strong ETag from its bytes and CDN-friendly Cache-Control', async () => {
		const response = await get('/v1/stories/albania');
		expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{14}"$/);
		expect(response.headers.get('cache-control')).toBe(
			'public, max-age=3600, s-maxage=86400, stale-while-revalidate=3600',
		);
	});

	it('keeps one ETag per representation, whatever the query order', async () => {
		const a = await get('/v1/stories?limit=5&offset=5');
		const b = await get('/v1/stories?offset=5&limit=5');
		const c = await get('/v1/stories?offset=5&limit=6');
		expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
		expect(a.headers.get('etag')).not.toBe(c.headers.get('etag'));
	});

	it('tells JSON and CSV of one list apart', async () => {
		const json = await get('/v1/governments');
		const csv = await get('/v1/governments', { accept: 'text/csv' });
		expect(json.headers.get('etag')).not.toBe(csv.headers.get('etag'));
	});

	it.each([
		['the tag', (etag: string) => etag],
		['its weak form', (etag: string) => `W/${etag}`],
		['a list holding it', (etag: string) => `"nope", ${etag}`],
		['*', () => '*'],
	])('answers If-None-Match with %s with 304', async (_, header) => {
		const etag = (await get('/v1/stats')).headers.get('etag') ?? '';
		const response = await get('/v1/stats', { 'if-none-match': header(etag) });
		expect(response.status).toBe(304);
		expect(response.headers.get('etag')).toBe(etag);
		expect(response.headers.get('cache-control')).toContain('public');
		expect(await response.text()).toBe('');
	});

	it('answers 304 on the first request too (nothing memoized yet)', async () => {
		const etag = (await get('/v1/facets')).headers.get('etag') ?? '';
		const fresh = createApp();
		const response = await fresh.request('/v1/facets', { headers: { 'if-none-match': etag } });
		expect(response.status).toBe(304);
	});

	it('answers a stale ETag with the full representation', async () => {
		const response = await get('/v1/stats', {
			'if-none-match': '"0000000000000000-00000000000000"',
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toHaveProperty('data');
	});

	it('does not answer * with 304 for a missing resource', async () => {
		await expectProblem(
			await get('/v1/stories/atlantis', { 'if-none-match': '*' }),
			404,
			'not-found',
		);
	});

	it('serves the same bytes from memory as on the first request', async () => {
		const fresh = createApp();
		const first = await fresh.request('/v1/stories?region=Africa');
		const second = await fresh.request('/v1/stories?region=Africa');
		expect(await second.text()).toBe(await first.text());
		expect(withoutRequestId(second.headers)).toEqual(withoutRequestId(first.headers));
	});

	it('answers the same with memoizing off, 304s included', async () => {
		const unmemoized = createApp({ cacheBytes: 0 });
		for (const path of [
			'/v1/stories?limit=3',
			'/v1/stories/albania',
			'/v1/governments?format=csv',
		]) {
			const expected = await get(path);
			const actual = await unmemoized.request(path);
			expect(withoutRequestId(actual.headers)).toEqual(withoutRequestId(expected.headers));
			expect(await actual.text()).toBe(await expected.text());
			const etag = expected.headers.get('etag') ?? '';
			const conditional = await unmemoized.request(path, { headers: { 'if-none-match': etag } });
			expect(conditional.status).toBe(304);
			expect(conditional.headers.get('etag')).toBe(etag);
			expect(conditional.headers.get('content-type')).toBeNull();
		}
	});

	it('never caches errors or health', async () => {
		expect((await get('/healthz')).headers.get('cache-control')).toBe('no-store');
		expect((await get('/healthz')).headers.get('etag')).toBeNull();
		expect((await get('/v1/nope')).headers.get('etag')).toBeNull();
	});
});

describe('Last-Modified', () => {
	const released = new Date(`${datasetRelease.date}T00:00:00Z`).toUTCString();

	it.each(['/v1', '/v1/stories/albania', '/v1/stories?limit=2', '/v1/stats', '/v1/dataset.json'])(
		'dates %s with the dataset release, on 200 and 304',
		async (path) => {
			const response = await get(path);
			expect(response.status).toBe(200);
			expect(response.headers.get('last-modified')).toBe(released);
			const since = await get(path, { 'if-modified-since': released });
			expect(since.status).toBe(304);
			expect(since.headers.get('last-modified')).toBe(released);
		},
	);

	it('answers an older If-Modified-Since with the representation', async () => {
		const before = new Date(Date.parse(released) - 1000).toUTCString();
		expect((await get('/v1/stories/albania', { 'if-modified-since': before })).status).toBe(200);
	});

	it('lets a stale If-None-Match win over a current If-Modified-Since', async () => {
		const response = await get('/v1/stories/albania', {
			'if-none-match': '"00000000000000"',
			'if-modified-since': released,
		});
		expect(response.status).toBe(200);
	});

	it.each(['/openapi.json', '/docs', '/v1/nope', '/v1/stories?limit=-1'])(
		'leaves out %s (not made from the dataset, or an error)',
		async (path) => {
			expect((await get(path)).headers.get('last-modified')).toBeNull();
		},
	);
});

describe('the handler (memoized answers before routing)', () => {
	const targets: [string, Record<string, string>][] = [
		['/v1/stories/albania', {}],
		['/v1/stories?topic=health&region=Africa', { 'accept-encoding': 'gzip, br' }],
		['/v1/stories?region=Africa&topic=health', { accept: 'text/csv' }],
		['/v1/search?q=labour%20migration', { 'x-request-id': 'trace-7' }],
	];

	it('answers a repeat exactly as the app does, and logs it once with its id', async () => {
		const entries: AccessLogEntry[] = [];
		const handler = createHandler({ log: (entry) => entries.push(entry) });
		for (const [path, headers] of targets) {
			const request = () => new Request(`http://localhost${path}`, { headers });
			const rendered = await handler.fetch(request());
			const memoized = await handler.fetch(request());
			expect(memoized.status).toBe(200);
			expect(withoutRequestId(memoized.headers)).toEqual(withoutRequestId(rendered.headers));
			expect(Buffer.from(await memoized.arrayBuffer())).toEqual(
				Buffer.from(await rendered.arrayBuffer()),
			);
			const etag = rendered.headers.get('etag') ?? '';
			const conditional = await handler.fetch(
				new Request(`http://localhost${path}`, { headers: { ...headers, 'if-none-match': etag } }),
			);
			expect(conditional.status).toBe(304);
			const head = await handler.fetch(
				new Request(`http://localhost${path}`, { method: 'HEAD', headers }),
			);
			expect(withoutRequestId(head.headers)).toEqual(withoutRequestId(rendered.headers));
			expect(await head.text()).toBe('');
		}
		expect(entries).toHaveLength(targets.length * 4);
		const traced = entries.filter((entry) => entry.target.startsWith('/v1/search'));
		expect(traced.map((entry) => [entry.requestId, entry.status])).toEqual([
			['trace-7', 200],
			['trace-7', 200],
			['trace-7', 304],
			['trace-7', 200],
		]);
	});

	it('echoes a safe X-Request-Id on a memoized answer and makes one otherwise', async () => {
		const handler = createHandler();
		await handler.fetch(new Request('http://localhost/v1/stats'));
		const echoed = await handler.fetch(
			new Request('http://localhost/v1/stats', { headers: { 'x-request-id': 'abc-123' } }),
		);
		expect(echoed.headers.get('x-request-id')).toBe('abc-123');
		const made = await handler.fetch(
			new Request('http://localhost/v1/stats', { headers: { 'x-request-id': 'a b' } }),
		);
		expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('HEAD', () => {
	it.each(['/v1', '/v1/stories', '/v1/stories/albania', '/openapi.json', '/docs'])(
		'%s has the GET headers and no body',
		async (path) => {
			const full = await get(path);
			const head = await app.request(path, { method: 'HEAD' });
			expect(head.status).toBe(200);
			expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
			expect(head.headers.get('content-type')).toBe(full.headers.get('content-type'));
			expect(await head.text()).toBe('');
		},
	);
});

describe('CORS', () => {
	it('answers a preflight with 204 and the allowed methods', async () => {
		const response = await app.request('/v1/stories', {
			method: 'OPTIONS',
			headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
		});
		expect(response.status).toBe(204);
		expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('access-control-max-age')).toBe('86400');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('exposes the headers a browser client needs', async () => {
		const exposed = (await get('/v1/stories')).headers.get('access-control-expose-headers');
		expect(exposed).toContain('ETag');
		expect(exposed).toContain('Link');
	});
});

describe('errors', () => {
	it('answers unknown paths with a 404 problem', async () => {
		const body = await expectProblem(await get('/v2/stories'), 404, 'not-found');
		expect(body.instance).toBe('/v2/stories');
	});

	it('suggests the path without a trailing slash', async () => {
		const body = await expectProblem(await get('/v1/stories/'), 404, 'not-found');
		expect(body.detail).toContain('Did you mean /v1/stories?');
	});

	it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
		'answers %s on a known path with 405 and Allow',
		async (method) => {
			const response = await app.request('/v1/stories/albania', { method });
			await expectProblem(response, 405, 'method-not-allowed');
			expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
		},
	);

	it('answers other methods on unknown paths with 404', async () => {
		await expectProblem(await app.request('/nope', { method: 'POST' }), 404, 'not-found');
	});

	it('answers a request target over the limit with 414', async () => {
		const response = await get(`/v1/search?q=${'a'.repeat(MAX_TARGET_LENGTH)}`);
		const body = await expectProblem(response, 414, 'uri-too-long');
		expect(body.instance.length).toBeLessThanOrEqual(MAX_TARGET_LENGTH);
	});

	it.each(['/v1/stories/%ZZ', '/v1/stories?q=%E0%A4%A', '/v1/search?q=%', '/v1/x%C3'])(
		'answers undecodable percent-encoding in %s with 400',
		async (path) => {
			await expectProblem(await get(path), 400, 'malformed-uri');
		},
	);

	it('names every unknown query parameter and lists the allowed ones', async () => {
		const body = await expectProblem(
			await get('/v1/stories?colour=red&size=2'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.map((param) => param.name)).toEqual(['colour', 'size']);
		expect(body.invalid_params?.[0]?.allowed).toContain('topic');
		expect(body.detail).toContain('Unknown query parameter "colour"');
	});

	it('rejects parameters on endpoints that take none', async () => {
		for (const path of ['/v1/stats?x=1', '/v1?x=1', '/openapi.json?x=1', '/docs?x=1']) {
			const body = await expectProblem(await get(path), 400, 'invalid-parameter');
			expect(body.invalid_params?.[0]?.name).toBe('x');
		}
	});

	it('rejects a repeated single-valued parameter', async () => {
		const body = await expectProblem(
			await get('/v1/stories?limit=1&limit=2'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params).toEqual([
			{ name: 'limit', reason: 'is given more than once; give it once' },
		]);
	});

	it('answers an Accept it cannot satisfy with 406', async () => {
		const body = await expectProblem(
			await get('/v1/stories', { accept: 'image/png' }),
			406,
			'not-acceptable',
		);
		expect(body.allowed).toContain('application/json');
	});
});

describe('unexpected errors', () => {
	it('logs an unknown error and answers a generic 500 problem that does not echo it', async () => {
		const failing = createApp();
		failing.get('/boom', () => {
			throw new Error('secret detail');
		});
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const body = await expectProblem(await failing.request('/boom'), 500, 'internal-error');
			expect(JSON.stringify(body)).not.toContain('secret');
			expect(log).toHaveBeenCalledOnce();
		} finally {
			log.mockRestore();
		}
	});

	it('maps an HTTPException to the problem type of its status', async () => {
		const failing = createApp();
		failing.get('/gone', () => {
			throw new HTTPException(404, { message: 'No such thing.' });
		});
		const body = await expectProblem(await failing.request('/gone'), 404, 'not-found');
		expect(body.detail).toBe('No such thing.');
	});
});
