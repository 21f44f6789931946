import { EDITIONS, FACET_IDS } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { app } from '../../test/support/app.js';

describe('GET /docs', () => {
	it('serves a page that runs only its own script and style', async () => {
		const response = await app.request('/docs');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("style-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).not.toContain('unsafe');
		const html = await response.text();
		expect(html).toContain('<script src="/docs/app.js" defer></script>');
		expect(html).toContain('<link rel="stylesheet" href="/docs/app.css">');
		expect(html).toContain('<html lang="en">');
		expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
	});

	it('serves its script, which renders /openapi.json', async () => {
		const response = await app.request('/docs/app.js');
		expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		const script = await response.text();
		expect(script).toContain('/openapi.json');
		expect(script.length).toBeLessThan(20_000);
	});

	it('serves its stylesheet', async () => {
		const response = await app.request('/docs/app.css');
		expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
		expect(await response.text()).toContain('prefers-reduced-motion');
	});
});

describe('GET /openapi.json', () => {
	interface Document {
		openapi: string;
		paths: Record<
			string,
			{
				get: {
					parameters?: {
						name: string;
						in: string;
						schema: { enum?: string[]; items?: { enum?: string[] } };
					}[];
					responses: Record<string, unknown>;
				};
			}
		>;
		components: { schemas: Record<string, unknown> };
	}

	it('is an OpenAPI 3.1 document of every endpoint', async () => {
		const document = (await (await app.request('/openapi.json')).json()) as Document;
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining([
				'/v1',
				'/v1/stories',
				'/v1/stories/{slug}',
				'/v1/stories/{slug}/citation',
				'/v1/governments',
				'/v1/governments/{code}',
				'/v1/facets',
				'/v1/stats',
				'/v1/resolve',
				'/v1/search',
				'/v1/source',
				'/healthz',
			]),
		);
		for (const [path, item] of Object.entries(document.paths)) {
			expect(Object.keys(item.get.responses), path).toContain('200');
			expect(Object.keys(item.get.responses), path).toContain('400');
		}
		expect(Object.keys(document.components.schemas)).toEqual(
			expect.arrayContaining(['Story', 'Country', 'LocalAuthority', 'Problem', 'Stats']),
		);
	});

	it('documents every filter, with the vocabulary as enums', async () => {
		const document = (await (await app.request('/openapi.json')).json()) as Document;
		const parameters = document.paths['/v1/stories']?.get.parameters ?? [];
		const geography = ['country', 'region', 'subregion', 'intermediateRegion'];
		const list = ['fields', 'sort', 'limit', 'offset', 'format', 'lang'];
		// every facet of the vocabulary is a filter, in the vocabulary's order
		expect(parameters.map((parameter) => parameter.name)).toEqual([
			'q',
			...geography,
			'level',
			'edition',
			...FACET_IDS,
			...list,
		]);
		const topic = parameters.find((parameter) => parameter.name === 'topic');
		expect(topic?.schema.items?.enum).toContain('trafficking');
		const subregion = parameters.find((parameter) => parameter.name === 'subregion');
		expect(subregion?.schema.items?.enum).toEqual(
			expect.arrayContaining(['Latin America and the Caribbean', '419', 'Northern America']),
		);
		expect(subregion?.schema.items?.enum).not.toContain('Southeast Europe');
		const edition = parameters.find((parameter) => parameter.name === 'edition');
		expect(edition?.schema.enum).toEqual(EDITIONS);
	});
});
