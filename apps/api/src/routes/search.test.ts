import { search } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/support/problem.js';
import { createApp } from '../app.js';

const app = createApp();
const get = (path: string) => app.request(path);
const json = async <T>(path: string) => {
	const response = await get(path);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/json');
	return (await response.json()) as T;
};

describe('GET /v1/search', () => {
	it('returns ranked hits with highlighted snippets and links', async () => {
		const body = await json<{
			data: {
				kind: string;
				id: string;
				snippet: { text: string; highlight: boolean }[];
				links: { self: string };
			}[];
			meta: { total: number };
		}>('/v1/search?q=trafficking');
		expect(body.data.map((hit) => hit.id)).toEqual(
			search({ query: 'trafficking' }).map((hit) => hit.id),
		);
		expect(body.data[0]?.links.self).toBe(`/v1/stories/${body.data[0]?.id}`);
		expect(body.data[0]?.snippet.some((segment) => segment.highlight)).toBe(true);
		expect(body.meta.total).toBe(body.data.length);
	});

	it('restricts hits to a kind and pages them', async () => {
		const body = await json<{ data: { kind: string }[]; meta: { total: number; limit: number } }>(
			'/v1/search?q=republic&kind=government&limit=2',
		);
		expect(body.data).toHaveLength(2);
		expect(body.data.every((hit) => hit.kind === 'government')).toBe(true);
		expect(body.meta.total).toBeGreaterThan(2);
	});

	it('tolerates typos and accents', async () => {
		const body = await json<{ data: { id: string }[] }>('/v1/search?q=Sao%20Paolo');
		expect(body.data.map((hit) => hit.id)).toContain('br-sao-paulo');
	});

	it('requires a non-blank q and rejects unknown kinds', async () => {
		await expectProblem(await get('/v1/search?q='), 400, 'invalid-parameter');
		const body = await expectProblem(
			await get('/v1/search?q=x&kind=city'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]?.allowed).toEqual(['story', 'government']);
	});
});
