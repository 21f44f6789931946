import { checkClaims, datasetStats } from '@mgi-stories/core';
import { checkClaims as checkClaimsIn } from '@mgi-stories/core/i18n';
import { describe, expect, it } from 'vitest';
import { get, json } from '../../test/support/app.js';

describe('GET /v1/stats', () => {
	it('returns core’s statistics, claims check included', async () => {
		const { data } = await json<{ data: ReturnType<typeof datasetStats> }>('/v1/stats');
		expect(data).toEqual(datasetStats());
		expect(data.claims).toEqual(checkClaims());
	});

	it('counts one edition when asked, and refuses one the dataset does not have', async () => {
		const { data } = await json<{ data: ReturnType<typeof datasetStats> }>(
			'/v1/stats?edition=2021',
		);
		expect(data).toEqual(datasetStats({ edition: '2021' }));
		const response = await get('/v1/stats?edition=2024');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
	});

	it('reports each claim as the counts say, disagreements included', async () => {
		const { data } = await json<{ data: ReturnType<typeof datasetStats> }>('/v1/stats');
		expect(data.claims.length).toBeGreaterThan(0);
		for (const check of data.claims) {
			const stated = check.claim.number;
			if (check.counted === null || stated === null) continue;
			const holds =
				stated.comparator === 'equals'
					? check.counted === stated.value
					: stated.comparator === 'more-than'
						? check.counted > stated.value
						: check.counted >= stated.value;
			expect(check.verdict).toBe(holds ? 'consistent' : 'inconsistent');
		}
		expect(
			data.claims.find((check) => check.claim.id === 'foreword-local-authorities'),
		).toMatchObject({ verdict: 'inconsistent', counted: 29 });
	});
});

describe('GET /v1/stats in French and Spanish', () => {
	it('checks the claims in the language asked for, with the same verdicts', async () => {
		const body = await json<{ data: ReturnType<typeof datasetStats> }>('/v1/stats?lang=fr');
		expect(body.data.claims).toEqual(checkClaimsIn({ locale: 'fr' }));
		expect(body.data.regions.find((region) => region.regionCode === '019')?.label).toBe(
			'Amériques',
		);
	});
});
