/**
 * Property-based fuzzing of every operation and parameter of the published document, on the built
 * entries in Node and in workerd: no answer is a 5xx and every error is an RFC 9457 problem.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from './support/contract.js';
import { rawRequest } from './support/raw.js';
import { type NodeRuntime, type Runtime, startNode, startWorkerd } from './support/runtimes.js';

/** JavaScript's built-in property names: a lookup keyed by input must never reach them. */
const BUILT_IN_NAMES = [
	...new Set([
		...Object.getOwnPropertyNames(Object.prototype),
		...Object.getOwnPropertyNames(Function.prototype),
		...Object.getOwnPropertyNames(Array.prototype),
		...Object.getOwnPropertyNames(String.prototype),
		'prototype',
		'then',
	]),
].filter((name) => typeof name === 'string');

const builtIn = fc
	.constantFrom(...BUILT_IN_NAMES)
	.chain((name) =>
		fc.constantFrom(
			name,
			name.toUpperCase(),
			`${name[0]?.toUpperCase()}${name.slice(1)}`,
			`BRA,${name}`,
			`${name}.csv`,
		),
	);
const percentEncodings = fc.constantFrom(
	'%',
	'%Z',
	'%ZZ',
	'%C3',
	'%C3%A9',
	'%E0%A4%A',
	'%00',
	'%2F',
	'%25',
	'%FF%FE',
	'%F0%9F%98%80',
	'%5F%5Fproto%5F%5F',
);
const value = fc.oneof(
	builtIn,
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.constantFrom('Brésil', 'Côte d’Ivoire', 'Türkiye', '中国', 'ﷺ', '\u0301e', 'Ａｌｂａｎｉａ'),
	fc.integer({ min: 1, max: 3000 }).map((length) => 'a'.repeat(length)),
	fc.integer({ min: -5, max: 1e9 }).map(String),
);
/** a value as a client might put it in a URL: encoded, left raw, or with odd percent-encoding */
const urlPiece = fc.oneof(
	value.map(encodeURIComponent),
	value,
	fc
		.tuple(value, percentEncodings)
		.map(([text, encoding]) => `${encodeURIComponent(text)}${encoding}`),
);

interface Operation {
	path: string;
	pathParameters: string[];
	queryParameters: string[];
}

function operationsOf(document: Document): Operation[] {
	return Object.entries(document.paths)
		.filter(([, item]) => item.get)
		.map(([path, item]) => {
			const parameters = item.get?.parameters ?? [];
			return {
				path,
				pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
				queryParameters: parameters.filter((p) => p.in === 'query').map((p) => p.name),
			};
		});
}

/** A request on one operation: fuzzed path parameters and a few of its (or built-in) parameter names. */
const requestOn = (operation: Operation) =>
	fc
		.record({
			fills: fc.array(urlPiece, {
				minLength: operation.pathParameters.length,
				maxLength: operation.pathParameters.length,
			}),
			query: fc.array(
				fc.tuple(
					fc.oneof(
						fc.constantFrom(...operation.queryParameters, 'lang', 'format'),
						builtIn,
						urlPiece,
					),
					urlPiece,
				),
				{ maxLength: 4 },
			),
			method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD'),
			accept: fc.option(
				fc.constantFrom('application/json;q=0', 'text/csv', '*/*', 'image/png', 'toString'),
			),
			language: fc.option(fc.oneof(builtIn, fc.constantFrom('fr', 'es-419', 'de;q=x'))),
		})
		.map(({ fills, query, method, accept, language }) => {
			let index = 0;
			const path = operation.path.replace(/\{\w+\}/g, () => fills[index++] ?? '');
			const search = query.map(([name, v]) => `${name}=${v}`).join('&');
			const headers: Record<string, string> = { 'accept-encoding': 'identity' };
			if (accept) headers.accept = accept;
			if (language) headers['accept-language'] = language;
			return { target: search ? `${path}?${search}` : path, method, headers };
		});

/** What a runtime's answer must be, whatever was asked. */
async function expectWellFormed(
	runtime: Runtime,
	{ target, method, headers }: { target: string; method: string; headers: Record<string, string> },
) {
	const response = await runtime.fetch(target, { method, headers });
	const where = `${runtime.name}: ${method} ${target.slice(0, 200)} → ${response.status}`;
	const body = await response.text();
	expect(response.status, where).toBeLessThan(500);
	if (method === 'HEAD') {
		expect(body, where).toBe('');
		// a body the runtime compresses on the way out (workerd: Miniflare asks for br whatever the
		// client sent) has no length before it is sent, on GET either; its tag names the coding
		const compressed =
			response.headers.has('content-encoding') ||
			/-(br|gzip)"$/.test(response.headers.get('etag') ?? '');
		if (response.status !== 304 && !compressed) {
			expect(response.headers.get('content-length'), where).not.toBeNull();
		}
		return;
	}
	if (response.status < 400) return;
	expect(response.headers.get('content-type'), where).toBe('application/problem+json');
	const problem = JSON.parse(body) as Record<string, unknown>;
	expect(problem, where).toMatchObject({ status: response.status });
	for (const field of ['type', 'title', 'detail', 'instance']) {
		expect(typeof problem[field], `${where}: ${field}`).toBe('string');
	}
}

describe.each([
	['node', startNode],
	['workerd', startWorkerd],
] as const)('property: no request makes the API fail (%s)', (_, start) => {
	let runtime: Runtime;
	let operations: Operation[];
	beforeAll(async () => {
		runtime = await start();
		const document = (await (await runtime.fetch('/openapi.json')).json()) as Document;
		operations = operationsOf(document);
	}, 60_000);
	afterAll(async () => {
		await runtime?.stop();
	});

	it('answers fuzzed parameters of every operation without a 5xx, every error a problem', async () => {
		expect(operations.length).toBeGreaterThanOrEqual(15);
		for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
			expect(BUILT_IN_NAMES).toContain(name);
		}
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...operations).chain(requestOn), async (request) => {
				await expectWellFormed(runtime, request);
			}),
			{ numRuns: 400 },
		);
	}, 300_000);

	it('answers every built-in property name in every parameter of every operation', async () => {
		for (const operation of operations) {
			for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
				const path = operation.path.replace(/\{\w+\}/g, name);
				const targets = [
					path,
					...operation.queryParameters.map((parameter) => `${path}?${parameter}=${name}`),
				];
				for (const target of targets) {
					await expectWellFormed(runtime, { target, method: 'GET', headers: {} });
				}
			}
		}
	}, 300_000);
});

describe('raw UTF-8 in a request target', () => {
	let node: NodeRuntime;
	let workerd: Runtime;
	beforeAll(async () => {
		[node, workerd] = await Promise.all([startNode(), startWorkerd()]);
	}, 60_000);
	afterAll(async () => {
		await Promise.all([node?.stop(), workerd?.stop()]);
	});

	it.each([
		'/v1/resolve?q=Brésil',
		'/v1/governments?q=Côte',
		'/v1/stories?country=Türkiye',
		'/v1/governments/Brésil',
	])('is answered alike by Node and workerd: %s', async (target) => {
		// workerd (like Cloudflare) percent-encodes it; Node's parser gets the bytes as sent
		const fromWorkerd = await workerd.fetch(target);
		const fromNode = await rawRequest(node.origin, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
		expect(fromNode.status).toBe(fromWorkerd.status);
		expect(fromNode.body).toBe(await fromWorkerd.text());
		expect(fromWorkerd.status).toBeLessThan(500);
	});
});
