import { resolveGovernment } from '@mgi-stories/core';
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

describe('GET /v1/resolve', () => {
	it.each([
		['Moldavia', 'MDA'],
		['Türkiye', 'TUR'],
		['cote divoire', 'CIV'],
		['MX', 'MEX'],
		['sao paulo', 'br-sao-paulo'],
	])('resolves %s to %s', async (q, id) => {
		const { data } = await json<{
			data: {
				candidates: { id: string; matchedOn: string; government: { links: { self: string } } }[];
			};
		}>(`/v1/resolve?q=${encodeURIComponent(q)}`);
		expect(data.candidates[0]?.id).toBe(id);
		expect(data.candidates[0]?.government.links.self).toBe(`/v1/governments/${id}`);
	});

	it('says what matched and whether it is ambiguous, as core does', async () => {
		const { data } = await json<{
			data: { ambiguous: boolean; candidates: { id: string; matchedOn: string; score: number }[] };
		}>('/v1/resolve?q=Congo&limit=3');
		const expected = resolveGovernment({ query: 'Congo', limit: 3 });
		expect(data.ambiguous).toBe(expected.ambiguous);
		expect(data.candidates.map(({ id, matchedOn, score }) => ({ id, matchedOn, score }))).toEqual(
			expected.candidates.map(({ id, matchedOn, score }) => ({ id, matchedOn, score })),
		);
	});

	it('requires q', async () => {
		const body = await expectProblem(await get('/v1/resolve'), 400, 'invalid-parameter');
		expect(body.invalid_params).toEqual([{ name: 'q', reason: 'is required' }]);
	});
});
