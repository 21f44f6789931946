import { gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../http/negotiate.js';
import { declare, JSON_ONLY } from '../http/variance.js';
import { RepresentationMemo, type RequestView, variantKey } from './cache.js';

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

const view = (url: string, headers: Record<string, string> = {}): RequestView => ({
	method: 'GET',
	url,
	path: new URL(url).pathname,
	header: (name) => headers[name],
});

/** the variances routes declare, by path, as the app looks them up */
const DECLARED: Record<string, ReturnType<typeof declare>> = {
	'/v1/stories': declare({ formats: FORMATS, language: true }),
	'/v1/stats': declare({ ...JSON_ONLY, language: true }),
	'/v1/facets': declare({ ...JSON_ONLY, language: true }),
	'/v1/search': declare({ formats: FORMATS, language: false }),
};
const invariant = declare({ formats: [], language: false });
const varianceOf = (path: string) => DECLARED[path] ?? invariant;
const keyOf = (url: string, headers: Record<string, string> = {}) =>
	variantKey(view(url, headers), varianceOf);

describe('variantKey', () => {
	it('ignores parameter order and keys the format where the route negotiates one', () => {
		const csv = { accept: 'text/csv' };
		expect(keyOf('http://x/v1/stories?b=1&a=2', csv)?.representation).toBe(
			'/v1/stories?a=2&b=1#csv#en',
		);
		expect(keyOf('http://x/v1/stats', csv)?.representation).toBe('/v1/stats?#none#en');
		expect(keyOf('http://x/v1/stats')?.representation).toBe('/v1/stats?#json#en');
		expect(keyOf('http://x/v1/dataset.json', csv)?.representation).toBe('/v1/dataset.json?##');
		expect(keyOf('http://x/v1?q=%ZZ')).toBeUndefined();
	});

	it('names the content coding the client prefers', () => {
		expect(keyOf('http://x/v1/stats', { 'accept-encoding': 'gzip, br' })).toEqual({
			representation: '/v1/stats?#json#en',
			encoding: 'br',
		});
		expect(keyOf('http://x/v1/stats')?.encoding).toBeUndefined();
	});

	it('keys the language where the route declares it: lang, else Accept-Language', () => {
		const spanish = { 'accept-language': 'es-MX, en;q=0.5' };
		expect(keyOf('http://x/v1/stats', spanish)?.representation).toBe('/v1/stats?#json#es');
		expect(keyOf('http://x/v1/facets?lang=FR', { 'accept-language': 'es' })?.representation).toBe(
			'/v1/facets?lang=FR#json#fr',
		);
		// not declared: one representation whatever the language
		expect(keyOf('http://x/v1/search?q=a', { 'accept-language': 'fr' })?.representation).toBe(
			'/v1/search?q=a#json#',
		);
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
		expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{14}"$/);
		expect(second.headers.get('content-length')).toBe('3');
	});

	it('derives the ETag from the bytes: another body under the same URL gets another tag', async () => {
		const tagOf = async (body: string) => {
			const app = new Hono()
				.use(new RepresentationMemo().middleware())
				.get('/', (c) => c.text(body, 200, { 'Cache-Control': 'public' }));
			return (await app.request('/')).headers.get('etag');
		};
		expect(await tagOf('build one')).toBe(await tagOf('build one'));
		expect(await tagOf('build one')).not.toBe(await tagOf('build two'));
	});

	it('keeps binary bodies byte for byte', async () => {
		const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x80]);
		const app = new Hono()
			.use(new RepresentationMemo().middleware())
			.get('/zip', (c) =>
				c.body(bytes, 200, { 'Content-Type': 'application/zip', 'Cache-Control': 'public' }),
			);
		for (let round = 0; round < 2; round++) {
			const response = await app.request('/zip', { headers: { 'accept-encoding': 'gzip' } });
			expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
			expect(response.headers.get('content-encoding')).toBeNull();
		}
	});

	it('answers a matching If-None-Match with 304 from memory, without body headers', async () => {
		const memo = new RepresentationMemo();
		const { app, renders } = appWith(memo);
		const etag = (await app.request('/public/1')).headers.get('etag') ?? '';
		const response = await app.request('/public/1', { headers: { 'if-none-match': etag } });
		expect(response.status).toBe(304);
		expect(renders()).toBe(1);
		expect(response.headers.get('content-type')).toBeNull();
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('etag')).toBe(etag);
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
		const probe = new RepresentationMemo();
		await appWith(probe).app.request('/public/4');
		// room for two entries of about this size, not three
		const memo = new RepresentationMemo({ maxBytes: probe.bytes * 2 + 10 });
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
		expect(memo.bytes).toBeLessThanOrEqual(memo.maxBytes);
	});

	it('caps the number of entries whatever their size', async () => {
		const memo = new RepresentationMemo({ maxEntries: 3 });
		const { app } = appWith(memo);
		for (let size = 1; size <= 10; size++) await app.request(`/public/${size}`);
		expect(memo.size).toBe(3);
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

	it('compresses in the coding asked for, once, and counts the compressed bytes', async () => {
		let compressions = 0;
		const memo = new RepresentationMemo({
			compress: (body) => {
				compressions++;
				return gzipSync(body);
			},
		});
		const { app } = appWith(memo);
		const identity = await app.request('/public/5000');
		const before = memo.bytes;
		const gzip = { headers: { 'accept-encoding': 'gzip, br;q=0' } };
		const first = await app.request('/public/5000', gzip);
		const second = await app.request('/public/5000', gzip);
		expect(compressions).toBe(1);
		expect(first.headers.get('content-encoding')).toBe('gzip');
		expect(first.headers.get('vary')).toBe('Accept-Encoding');
		expect(identity.headers.get('vary')).toBe('Accept-Encoding');
		expect(first.headers.get('etag')).toBe(`${identity.headers.get('etag')?.slice(0, -1)}-gzip"`);
		const body = Buffer.from(await second.arrayBuffer());
		expect(gunzipSync(body).toString()).toBe('x'.repeat(5000));
		expect(memo.bytes).toBeGreaterThan(before);
		// the old identity tag still validates a compressed answer (weak comparison)
		const conditional = await app.request('/public/5000', {
			headers: { ...gzip.headers, 'if-none-match': identity.headers.get('etag') ?? '' },
		});
		expect(conditional.status).toBe(304);
	});

	it('leaves small bodies uncompressed', async () => {
		const memo = new RepresentationMemo({ compress: (body) => gzipSync(body) });
		const { app } = appWith(memo);
		const response = await app.request('/public/10', { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('vary')).toBeNull();
	});

	it('answers If-Modified-Since from Last-Modified, unless If-None-Match is sent', async () => {
		const lastModified = 'Sun, 29 Nov 2026 00:00:00 GMT';
		const app = new Hono()
			.use(new RepresentationMemo().middleware())
			.get('/dated', (c) =>
				c.text('dated', 200, { 'Cache-Control': 'public', 'Last-Modified': lastModified }),
			);
		const since = (date: string, extra: Record<string, string> = {}) =>
			app.request('/dated', { headers: { 'if-modified-since': date, ...extra } });
		const current = await since('Mon, 30 Nov 2026 00:00:00 GMT');
		expect(current.status).toBe(304);
		expect(current.headers.get('last-modified')).toBe(lastModified);
		expect((await since(lastModified)).status).toBe(304);
		expect((await since('Sat, 28 Nov 2026 00:00:00 GMT')).status).toBe(200);
		expect((await since('garbage')).status).toBe(200);
		// If-None-Match takes precedence (RFC 9110 §13.2.2): a stale tag gets the representation
		expect((await since(lastModified, { 'if-none-match': '"stale"' })).status).toBe(200);
	});

	it('ignores If-Modified-Since on a representation without Last-Modified', async () => {
		const { app } = appWith(new RepresentationMemo());
		const response = await app.request('/public/3', {
			headers: { 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
		});
		expect(response.status).toBe(200);
	});

	it('replies to a request it holds without the app, and to nothing else', async () => {
		const memo = new RepresentationMemo();
		const { app } = appWith(memo);
		const rendered = await app.request('/public/3');
		const request = view('http://x/public/3');
		const reply = memo.reply(request, 'id-1');
		expect(reply?.status).toBe(200);
		expect(reply?.headers['x-request-id']).toBe('id-1');
		expect(reply?.headers.etag).toBe(rendered.headers.get('etag'));
		expect(new TextDecoder().decode(reply?.body ?? undefined)).toBe('xxx');
		expect(memo.reply({ ...request, method: 'HEAD' })?.body).toBeNull();
		expect(memo.reply(view('http://x/public/4'))).toBeUndefined();
		expect(memo.reply({ ...request, method: 'POST' })).toBeUndefined();
	});
});
