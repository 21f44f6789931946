// The API over the data with core's test-only fixture edition added (fictional, never shipped): the
// same, unchanged routes list the new edition, filter by it and cite its stories as its chapters.
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { expectProblem } from './support/problem.js';

const fixture = await vi.hoisted(() => import('../../../packages/core/test/fixture-edition.js'));
vi.mock('@mgi-stories/core/data', fixture.dataModuleWithFixtureEdition);
vi.mock(
	'../../../packages/core/dist/generated/localized-names.js',
	fixture.localizedNamesModuleWithFixtureEdition,
);

const app = createApp();
const data = async <T>(path: string) => {
	const response = await app.request(path);
	expect(response.status).toBe(200);
	return ((await response.json()) as { data: T }).data;
};

describe('the API with a new edition added as data (core’s fixture edition 2099)', () => {
	it('lists its stories and governments under ?edition=2099, each naming its edition', async () => {
		expect(await data('/v1/stories?edition=2099&fields=slug,edition')).toEqual([
			{ slug: 'fixtureland', edition: '2099' },
		]);
		expect(await data('/v1/governments?edition=2099&fields=id,edition')).toEqual([
			{ id: 'XFX', edition: '2099' },
		]);
	});

	it('keeps the 2021 booklet’s records apart', async () => {
		const response = await app.request('/v1/stories?edition=2021&limit=1');
		expect(response.headers.get('x-total-count')).toBe('19');
	});

	it('counts and checks its claims from its own data', async () => {
		const stats = await data<{ stories: number; claims: { claim: { id: string } }[] }>(
			'/v1/stats?edition=2099',
		);
		expect(stats.stories).toBe(1);
		expect(stats.claims.map((check) => check.claim.id)).toEqual([
			'fixture-contents-stories',
			'fixture-introduction-countries',
		]);
	});

	it('cites its story as a chapter of itself', async () => {
		const response = await app.request('/v1/stories/fixtureland/citation');
		expect(await response.text()).toBe(
			'Fixture Publisher (FIX). (2099). Fixtureland. In Fixture Edition for Tests (p. 1). ISBN 000-0-00-000000-0 (PDF)',
		);
	});

	it('names it among the editions an unknown one is refused with', async () => {
		const body = await expectProblem(
			await app.request('/v1/stories?edition=2024'),
			400,
			'invalid-parameter',
		);
		expect(body.invalid_params?.[0]).toMatchObject({ name: 'edition', allowed: ['2021', '2099'] });
	});
});
