import { search } from '@mgi-stories/core/search';
import { describe, expect, it } from 'vitest';
import { app, get, json } from '../../test/support/app.js';
import { expectProblem } from '../../test/support/problem.js';
import { MAX_QUERY_TERMS } from '../openapi/params.js';

describe('GET /v1/search limits', () => {
	it(`accepts ${MAX_QUERY_TERMS} words and rejects more with a problem naming the limit`, async () => {
		const words = (count: number) =>
			Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i)).join(' ');
		expect((await get(`/v1/search?q=${encodeURIComponent(words(MAX_QUERY_TERMS))}`)).status).toBe(
			200,
		);
		const body = await expectProblem(
			await get(`/v1/search?q=${encodeURIComponent(words(MAX_QUERY_TERMS + 1))}`),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]).toMatchObject({
			name: 'q',
			reason: `must have at most ${MAX_QUERY_TERMS} words`,
		});
	});

	it('rejects a query over 200 characters', async () => {
		await expectProblem(await get(`/v1/search?q=${'a'.repeat(201)}`), 400, 'invalid-parameter');
	});
});

describe('GET /v1/search as CSV', () => {
	it('exports every hit, one row each, by format or Accept', async () => {
		const total = search({ query: 'migration', limit: 1000 }).length;
		for (const response of [
			await get('/v1/search?q=migration&format=csv'),
			await app.request('/v1/search?q=migration', { headers: { accept: 'text/csv' } }),
		]) {
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			const lines = (await response.text()).trimEnd().split('\r\n');
			expect(lines[0]).toBe('kind,id,title,score,snippet,path');
			expect(lines).toHaveLength(total + 1);
		}
	});
});

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

describe('GET /v1/search in the reader’s language', () => {
	const ids = async (path: string, init?: RequestInit) => {
		const response = await app.request(path, init);
		expect(response.status).toBe(200);
		return ((await response.json()) as { data: { id: string; allWords: boolean }[] }).data;
	};

	it('finds the stories a French or Spanish query means, by lang or Accept-Language', async () => {
		const spanish = await ids('/v1/search?q=trata%20de%20personas&lang=es&kind=story');
		expect(
			spanish
				.slice(0, 2)
				.map((hit) => hit.id)
				.sort(),
		).toEqual(['sierra-leone', 'uruguay']);
		const french = await ids('/v1/search?q=sant%C3%A9%20des%20migrants&kind=story', {
			headers: { 'accept-language': 'fr-FR, en;q=0.5' },
		});
		expect(french[0]?.id).toBe('cambodia');
	});

	it('says which language it searched in and that the answer varies with Accept-Language', async () => {
		const response = await app.request('/v1/search?q=salud', {
			headers: { 'accept-language': 'es' },
		});
		expect(response.headers.get('content-language')).toBe('es');
		expect(response.headers.get('vary')).toContain('Accept-Language');
		const english = await app.request('/v1/search?q=salud');
		expect(english.headers.get('content-language')).toBe('en');
	});

	it('answers as core does, hits matching every word first', async () => {
		const hits = await ids('/v1/search?q=human%20trafficking&kind=story&limit=50');
		expect(hits.map((hit) => hit.id)).toEqual(
			search({ query: 'human trafficking', kinds: ['story'], limit: 50 }).map((hit) => hit.id),
		);
		expect(hits[0]?.allWords).toBe(true);
		expect(hits.at(-1)?.allWords).toBe(false);
	});

	it('pages one ranking: every offset slices the same list', async () => {
		const all = await ids('/v1/search?q=migration&limit=50');
		const page = await ids('/v1/search?q=migration&limit=5&offset=5');
		expect(page.map((hit) => hit.id)).toEqual(all.slice(5, 10).map((hit) => hit.id));
	});

	it('answers a query of stop words with no hits', async () => {
		expect(await ids('/v1/search?q=de%20la%20que&lang=es')).toEqual([]);
	});

	it('rejects an unknown lang', async () => {
		await expectProblem(await get('/v1/search?q=x&lang=de'), 400, 'invalid-parameter');
	});
});
