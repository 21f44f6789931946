import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { RepresentationMemo, representationKey } from './cache.js';

function appWith(memo: RepresentationMemo) {
	let renders = 0;
	const app = new Hono().use(memo.middleware());
	app.get('/public/:size', (c) => {
		renders++;
		c.header('Cache-Control', 'public, max-age=60');
		return c.text('x'.repeat(Number(c.req.param('size'))));
	});
	app.get('/private', (c) => {
		renders++;
		c.header('Cache-Control', 'no-store');
		return c.text('secret');
	});
	return { app, renders: () => renders };
}

describe('representationKey', () => {
	it('ignores parameter order and includes the format only on list endpoints', () => {
		expect(representationKey('http://x/v1/stories?b=1&a=2', '/v1/stories', 'text/csv')).toBe(
			'/v1/stories?a=2&b=1#csv',
		);
		expect(representationKey('http://x/v1/stats', '/v1/stats', 'text/csv')).toBe('/v1/stats?#');
		expect(representationKey('http://x/v1?q=%ZZ', '/v1', null)).toBeUndefined();
	});
});

describe('RepresentationMemo', () => {
	it('renders a public representation once and replays it with the same ETag', async () => {
		const memo = new RepresentationMemo();
		const { app, renders } = appWith(memo);
		const first = await app.request('/public/3');
		const second = await app.request('/public/3');
		expect(renders()).toBe(1);
		expect(await second.text()).toBe('xxx');
		expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
		expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{14}"$/);
	});

	it('answers before routing, for GET and HEAD, and not for other methods', async () => {
		const memo = new RepresentationMemo();
		const { app } = appWith(memo);
		expect(memo.answer(new Request('http://x/public/2'))).toBeUndefined();
		await app.request('/public/2');
		const get = memo.answer(new Request('http://x/public/2'));
		expect(await get?.text()).toBe('xx');
		const head = memo.answer(new Request('http://x/public/2', { method: 'HEAD' }));
		expect(head?.status).toBe(200);
		expect(await head?.text()).toBe('');
		expect(memo.answer(new Request('http://x/public/2', { method: 'POST' }))).toBeUndefined();
	});

	it('answers a matching If-None-Match with 304 from memory', async () => {
		const memo = new RepresentationMemo();
		const { app } = appWith(memo);
		const etag = (await app.request('/public/1')).headers.get('etag') ?? '';
		const response = memo.answer(
			new Request('http://x/public/1', { headers: { 'if-none-match': etag } }),
		);
		expect(response?.status).toBe(304);
		expect(response?.headers.get('content-type')).toBeNull();
		expect(response?.headers.get('etag')).toBe(etag);
	});

	it('never keeps what is not public', async () => {
		const memo = new RepresentationMemo();
		const { app, renders } = appWith(memo);
		await app.request('/private');
		const again = await app.request('/private');
		expect(renders()).toBe(2);
		expect(again.headers.get('etag')).toBeNull();
		expect(memo.size).toBe(0);
	});

	it('evicts the least recently used representations beyond its byte budget', async () => {
		const memo = new RepresentationMemo({ maxBytes: 10 });
		const { app, renders } = appWith(memo);
		await app.request('/public/4');
		await app.request('/public/5');
		await app.request('/public/4');
		await app.request('/public/6');
		expect(memo.size).toBe(2);
		expect(renders()).toBe(3);
		await app.request('/public/4');
		expect(renders()).toBe(3);
		await app.request('/public/5');
		expect(renders()).toBe(4);
	});

	it('still tags and answers 304 with a budget of 0', async () => {
		const memo = new RepresentationMemo({ maxBytes: 0 });
		const { app, renders } = appWith(memo);
		const etag = (await app.request('/public/2')).headers.get('etag') ?? '';
		const response = await app.request('/public/2', { headers: { 'if-none-match': etag } });
		expect(response.status).toBe(304);
		expect(renders()).toBe(2);
		expect(memo.size).toBe(0);
	});
});
