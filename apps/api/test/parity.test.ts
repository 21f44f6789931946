import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeRuntime, type Runtime, startNode, startWorkerd } from './support/runtimes.js';

/** Headers whose values must not depend on the runtime (Date, Connection… legitimately do). */
const COMPARED_HEADERS = [
	'content-type',
	'etag',
	'cache-control',
	'link',
	'allow',
	'vary',
	'content-location',
	'content-language',
	'content-disposition',
	'x-total-count',
	'content-security-policy',
	'x-content-type-options',
	'referrer-policy',
	'cross-origin-resource-policy',
	'access-control-allow-origin',
	'access-control-allow-methods',
	'access-control-allow-headers',
	'access-control-expose-headers',
	'access-control-max-age',
	'x-frame-options',
	'strict-transport-security',
	'cross-origin-opener-policy',
];

interface Case {
	target: string;
	init?: RequestInit;
}

const CASES: Case[] = [
	{ target: '/' },
	{ target: '/v1' },
	{ target: '/v1/stories' },
	{ target: '/v1/stories?limit=100' },
	{ target: '/v1/stories?region=Africa&topic=trafficking,health&sort=-page&limit=3&offset=1' },
	{ target: '/v1/stories?q=S%C3%A3o%20Paulo&fields=slug,heading' },
	{ target: '/v1/stories?country=Moldova&country=br-sao-paulo' },
	{ target: '/v1/stories?format=csv' },
	{ target: '/v1/stories', init: { headers: { accept: 'text/csv' } } },
	{ target: '/v1/stories?format=ndjson&fields=slug' },
	{ target: '/v1/stories/brazil' },
	{ target: '/v1/stories/albania/citation' },
	{ target: '/v1/stories/albania/citation?style=bibtex' },
	{ target: '/v1/stories/albania/citation?style=ris' },
	{ target: '/v1/governments?kind=country&limit=100' },
	{ target: '/v1/governments?kind=local&hasStory=true' },
	{ target: '/v1/governments?q=turkiye' },
	{ target: '/v1/governments?format=csv&region=Europe' },
	{ target: '/v1/governments/076' },
	{ target: '/v1/governments/br-sao-paulo' },
	{ target: '/v1/facets' },
	{ target: '/v1/stats' },
	{ target: '/v1/resolve?q=Ivory%20Coast' },
	{ target: '/v1/resolve?q=Moldavia&limit=3' },
	{ target: '/v1/search?q=trafficking' },
	{ target: '/v1/search?q=sao%20paolo&kind=government' },
	{ target: '/v1/search?q=trata%20de%20personas&lang=es' },
	{ target: '/v1/search?q=sant%C3%A9%20des%20migrants&lang=fr' },
	{ target: '/v1/search?q=covid19' },
	{ target: '/v1/source' },
	{ target: '/v1/dataset.json' },
	{ target: '/v1/datapackage.json' },
	{ target: '/v1/stories.csv' },
	{ target: '/v1/tags.csv' },
	{ target: '/v1/claims.csv' },
	{ target: '/v1/governments-excel.csv' },
	{ target: '/v1/dataset.zip' },
	{ target: '/v1/stories?intermediateRegion=013&subregion=419' },
	{ target: '/v1/schemas' },
	{ target: '/openapi.json' },
	{ target: '/docs' },
	{ target: '/docs/app.js' },
	{ target: '/docs/app.css' },
	{ target: '/problems/not-found' },
	{ target: '/v1/stories', init: { method: 'HEAD' } },
	{ target: '/v1/stories/albania', init: { method: 'HEAD' } },
	{ target: '/v1/nope', init: { method: 'HEAD' } },
	{
		target: '/v1/stories',
		init: {
			method: 'OPTIONS',
			headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
		},
	},
	// errors
	{ target: '/v1/nope' },
	{ target: '/v1/stories/atlantis' },
	{ target: '/v1/governments/XXX' },
	{ target: '/v1/stories?limit=0&colour=red' },
	{ target: '/v1/stories?limit=1&limit=2' },
	{ target: '/v1/stories?country=Atlantis' },
	{ target: '/v1/stories', init: { headers: { accept: 'image/png' } } },
	{ target: '/v1/stories/%E0%A4%A' },
	{ target: '/v1/search?q=%ZZ' },
	{ target: `/v1/search?q=${'x'.repeat(3000)}` },
	{ target: '/v1/stories', init: { method: 'POST' } },
	{ target: '/v1/stories/albania', init: { method: 'DELETE' } },
	{ target: '/v1/resolve' },
	{ target: '/docs?x=1' },
	{ target: '/v1/governments?lang=de' },
	// every localized endpoint in French and Spanish, by lang and by Accept-Language
	...[
		'/v1/governments?kind=country&limit=100',
		'/v1/governments?format=ndjson&region=Americas',
		'/v1/governments/076',
		'/v1/governments/br-sao-paulo',
		'/v1/stories/brazil',
		'/v1/facets',
		'/v1/stats',
		'/v1/resolve?q=Allemagne',
	].flatMap((target): Case[] => [
		{ target: `${target}${target.includes('?') ? '&' : '?'}lang=fr` },
		{ target: `${target}${target.includes('?') ? '&' : '?'}lang=es` },
		{ target, init: { headers: { 'accept-language': 'es-419, fr;q=0.9, en;q=0.1' } } },
	]),
];

let node: NodeRuntime;
let workerd: Runtime;
beforeAll(async () => {
	[node, workerd] = await Promise.all([startNode(), startWorkerd()]);
});
afterAll(async () => {
	await Promise.all([node?.stop(), workerd?.stop()]);
});

/**
 * Miniflare always hands the worker `Accept-Encoding: br, gzip` (and decodes what comes back), so
 * Node is asked the same way: both then choose the same coding, hence the same ETag and Vary, and
 * the decoded bodies must match byte for byte.
 */
const COMPRESSED = { 'accept-encoding': 'br, gzip' };

async function snapshot(runtime: Runtime, { target, init }: Case) {
	const response = await runtime.fetch(target, {
		...init,
		headers: { ...COMPRESSED, ...(init?.headers as Record<string, string> | undefined) },
	});
	const headers = Object.fromEntries(
		COMPARED_HEADERS.flatMap((name) => {
			const value = response.headers.get(name);
			return value === null ? [] : [[name, value]];
		}),
	);
	// bytes, so a byte order mark or a zip compares exactly (text() would drop or garble them)
	const bytes = new Uint8Array(await response.arrayBuffer());
	const body = response.headers.get('content-type')?.startsWith('application/zip')
		? Buffer.from(bytes).toString('base64')
		: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	return { status: response.status, headers, body };
}

describe('Node and workerd answer identically', () => {
	it.each(
		CASES.map((testCase) => [
			`${testCase.init?.method ?? 'GET'} ${testCase.target.slice(0, 80)}`,
			testCase,
		]),
	)('%s', async (_, testCase) => {
		const [fromNode, fromWorkerd] = await Promise.all([
			snapshot(node, testCase),
			snapshot(workerd, testCase),
		]);
		expect(fromNode.status).toBeLessThan(500);
		expect(fromWorkerd).toEqual(fromNode);
	});

	it('answers a conditional request with 304 on both, for the same ETag', async () => {
		const etag = (await snapshot(node, { target: '/v1/stories/albania' })).headers.etag;
		expect(etag).toBeDefined();
		const conditional = {
			target: '/v1/stories/albania',
			init: { headers: { 'if-none-match': etag ?? '' } },
		};
		const [fromNode, fromWorkerd] = await Promise.all([
			snapshot(node, conditional),
			snapshot(workerd, conditional),
		]);
		expect(fromNode.status).toBe(304);
		expect(fromWorkerd).toEqual(fromNode);
	});
});
