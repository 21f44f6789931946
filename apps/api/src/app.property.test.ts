import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { RepresentationMemo } from './middleware/cache.js';

/** small caps, so random input fills and evicts the memo many times over */
const memo = new RepresentationMemo({ maxBytes: 200_000, maxEntries: 50 });
const app = createApp({ memo });
let peakBytes = 0;

const KNOWN_SEGMENTS = [
	'v1',
	'stories',
	'governments',
	'facets',
	'stats',
	'resolve',
	'search',
	'source',
	'citation',
	'albania',
	'BRA',
	'br-sao-paulo',
	'docs',
	'app.js',
	'openapi.json',
	'healthz',
	'problems',
	'not-found',
	'',
	'..',
	'.',
];
const PARAMS = [
	'q',
	'country',
	'region',
	'subregion',
	'level',
	'topic',
	'outcome',
	'framework',
	'domain',
	'gcmObjective',
	'fields',
	'sort',
	'limit',
	'offset',
	'format',
	'kind',
	'hasStory',
	'style',
	'id',
	'__proto__',
	'constructor',
];

const rawPiece = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'grapheme', maxLength: 8 }),
	fc.constantFrom(
		'%',
		'%Z',
		'%ZZ',
		'%E0%A4%A',
		'%C3',
		'%00',
		'%2F',
		'+',
		',',
		'&',
		'=',
		'#',
		'?',
		'\\',
		'%25',
	),
	fc.integer({ min: -5, max: 300 }).map(String),
);
// either encoded properly or left raw, so undecodable and odd targets reach the app too
const piece = fc.oneof(rawPiece.map(encodeURIComponent), rawPiece);
const segment = fc.oneof(fc.constantFrom(...KNOWN_SEGMENTS), piece);
const path = fc
	.array(segment, { minLength: 0, maxLength: 5 })
	.map((segments) => `/${segments.join('/')}`);
const value = fc.oneof(
	fc.constantFrom(
		'json',
		'csv',
		'ndjson',
		'true',
		'health,data',
		'Africa',
		'BRA',
		'-page',
		'0',
		'100',
		'apa',
	),
	piece,
);
const query = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), piece), value), { maxLength: 6 })
	.map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join('&'));
const headerValue = fc.string({
	unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz/*+;,=.-"0123456789 WTX'),
	maxLength: 40,
});
const headers = fc.record(
	{
		accept: fc.oneof(
			fc.constantFrom(
				'text/csv',
				'application/json',
				'image/png',
				'*/*;q=0',
				'text/*;q=0.5',
				'application/x-ndjson',
			),
			headerValue,
		),
		'if-none-match': fc.oneof(fc.constant('*'), headerValue),
		origin: fc.constant('https://example.org'),
		'x-anything': headerValue,
	},
	{ requiredKeys: [] },
);
const method = fc.constantFrom(
	'GET',
	'GET',
	'GET',
	'HEAD',
	'OPTIONS',
	'POST',
	'PUT',
	'DELETE',
	'PATCH',
);

const JSON_TYPES = new Set(['application/json', 'application/problem+json']);

async function check(target: string, init: { method: string; headers: Record<string, string> }) {
	const response = await app.request(`http://localhost${target}`, init);
	expect(response.status, target).toBeGreaterThanOrEqual(200);
	expect(response.status, target).toBeLessThan(500);
	expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	const text = await response.text();
	if (init.method === 'HEAD' || response.status === 204 || response.status === 304) {
		expect(text).toBe('');
		return;
	}
	const type = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
	expect(type, target).not.toBe('');
	if (JSON_TYPES.has(type)) {
		const body = JSON.parse(text) as Record<string, unknown>;
		if (type === 'application/problem+json') {
			expect(body).toMatchObject({ status: response.status });
			expect(typeof body.type).toBe('string');
			expect(typeof body.title).toBe('string');
			expect(typeof body.detail).toBe('string');
			expect(typeof body.instance).toBe('string');
		} else {
			expect(body).toBeTypeOf('object');
		}
	}
	if (type === 'application/x-ndjson') {
		for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
	}
	if (type === 'text/csv') expect(text.endsWith('\r\n')).toBe(true);
	peakBytes = Math.max(peakBytes, memo.bytes);
}

describe('property: no input makes the API fail', () => {
	it('answers random paths, queries, methods and headers with a well-formed non-5xx response', async () => {
		await fc.assert(
			fc.asyncProperty(path, query, method, headers, async (p, q, m, h) => {
				await check(q ? `${p}?${q}` : p, { method: m, headers: h });
			}),
			{ numRuns: 600 },
		);
	});

	it('answers random queries on the list and search endpoints', async () => {
		const endpoint = fc.constantFrom(
			'/v1/stories',
			'/v1/governments',
			'/v1/search',
			'/v1/resolve',
			'/v1/stories/albania/citation',
			'/v1/governments/BRA',
		);
		await fc.assert(
			fc.asyncProperty(endpoint, query, headers, async (e, q, h) => {
				await check(`${e}?${q}`, { method: 'GET', headers: h });
			}),
			{ numRuns: 600 },
		);
	});

	it('never lets the memo exceed its caps, whatever was asked', () => {
		expect(peakBytes).toBeGreaterThan(0);
		expect(peakBytes).toBeLessThanOrEqual(memo.maxBytes);
		expect(memo.size).toBeLessThanOrEqual(memo.maxEntries);
	});
});
