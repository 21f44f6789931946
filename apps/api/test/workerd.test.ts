import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAZY_DATA } from '../src/lazy/load.js';
import { startWorkerd, type WorkerdRuntime } from './support/runtimes.js';

let workerd: WorkerdRuntime;
beforeAll(async () => {
	workerd = await startWorkerd();
});
afterAll(async () => {
	await workerd.stop();
});

describe('worker entry (dist/worker/ in workerd)', () => {
	it('starts and answers', () => {
		expect(workerd.firstResponseMs).toBeGreaterThan(0);
	});

	it('serves stories, search and the OpenAPI document', async () => {
		const story = await workerd.fetch('/v1/stories/albania');
		expect(story.status).toBe(200);
		expect(((await story.json()) as { data: { slug: string } }).data.slug).toBe('albania');
		const search = await workerd.fetch('/v1/search?q=trafficking');
		expect(((await search.json()) as { meta: { total: number } }).meta.total).toBeGreaterThan(0);
		const openapi = await workerd.fetch('/openapi.json');
		expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');
	});

	it('answers a conditional request with 304', async () => {
		const first = await workerd.fetch('/v1/facets');
		const etag = first.headers.get('etag') ?? '';
		await first.arrayBuffer();
		const second = await workerd.fetch('/v1/facets', { headers: { 'if-none-match': etag } });
		expect(second.status).toBe(304);
	});

	it('rejects undecodable percent-encoding with a problem', async () => {
		const response = await workerd.fetch('/v1/stories/%E0%A4%A');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
	});
});

describe('worker bundle (dist/worker/)', () => {
	const sizes = JSON.parse(
		readFileSync(new URL('../dist/sizes.json', import.meta.url), 'utf8'),
	) as {
		packages: string[];
		worker: {
			entry: { modules: string[] };
			modules: { file: string }[];
			lazy: Record<string, { file: string; data: string[] }>;
		};
	};

	it('carries no zod: the document and its schemas are made at build time', () => {
		expect(sizes.packages).toContain('hono');
		expect(sizes.packages.filter((name) => name.includes('zod'))).toEqual([]);
	});

	it('counts requests with the Rate Limiting binding only: no in-memory limiter', () => {
		expect(sizes.packages).not.toContain('hono-rate-limiter');
	});

	it('leaves what src/lazy/load.ts loads to modules the entry imports on first use only', () => {
		const lazy = ['resolver', 'search', 'translations', 'statistics', 'dataset'];
		const fileOf = (name: string) =>
			sizes.worker.modules.find(({ file }) => file.startsWith(`dist/worker/${name}-`))?.file;
		for (const name of lazy) {
			expect(fileOf(name), name).toBeDefined();
			expect(sizes.worker.entry.modules).not.toContain(fileOf(name));
		}
	});

	it('loads, before each lazy part, the data assets its modules read', () => {
		const found = Object.fromEntries(
			Object.entries(sizes.worker.lazy).map(([name, { data }]) => [name, data]),
		);
		expect(found).toEqual(LAZY_DATA);
	});

	it('answers from data it fetched through ASSETS on first use', async () => {
		const searched = await workerd.fetch('/v1/search?q=diaspora&lang=fr');
		expect(searched.status).toBe(200);
		const resolved = await workerd.fetch('/v1/resolve?q=Brasil');
		expect(resolved.status).toBe(200);
		expect(await resolved.text()).toContain('BRA');
	});

	it('serves the document the build generated from the routes', async () => {
		const { generateOpenApiDocument } = await import('../scripts/openapi-document.mjs');
		const served = await workerd.fetch('/openapi.json');
		expect(await served.json()).toEqual(await generateOpenApiDocument());
	});
});
