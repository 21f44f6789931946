import { resolveGovernment } from '@mgi-stories/core/resolve';
import { describe, expect, it } from 'vitest';
import { get, json } from '../../test/support/app.js';
import { expectProblem } from '../../test/support/problem.js';
import { ResolutionSchema } from '../openapi/schemas.js';

interface ResolutionBody {
	data: {
		query: string;
		status: string;
		ambiguous: boolean;
		candidates: (Match & {
			government: { id: string; links: { self: string } } | null;
		})[];
	};
}

/** What a candidate says about its match, the same in core's answer and the API's. */
interface Match {
	id: string;
	participant: boolean;
	matchedOn: string;
	matched: string;
	score: number;
	country: { alpha2: string; alpha3: string; numeric: string; name: string };
}

const matchOf = ({ id, matchedOn, matched, score, participant, country }: Match): Match => ({
	id,
	matchedOn,
	matched,
	score,
	participant,
	country,
});

const resolve = async (q: string, extra = '') =>
	(await json<ResolutionBody>(`/v1/resolve?q=${encodeURIComponent(q)}${extra}`)).data;

describe('GET /v1/resolve', () => {
	// which status each real-world name gets is the conformance fixture's (test/resolver-conformance.*):
	// here, only how the answer is represented
	it('links a participant to its government', async () => {
		const data = await resolve('sao paulo');
		expect(data.status).toBe('participant');
		expect(data.candidates[0]).toMatchObject({ id: 'br-sao-paulo', participant: true });
		expect(data.candidates[0]?.government?.links.self).toBe('/v1/governments/br-sao-paulo');
	});

	it('gives a country that did not take part its codes and no government', async () => {
		const data = await resolve('United States');
		expect(data).toMatchObject({ status: 'non-participant', ambiguous: false });
		expect(data.candidates[0]).toMatchObject({
			id: 'USA',
			participant: false,
			government: null,
			country: { alpha3: 'USA' },
		});
	});

	it('answers a name it does not know with no-match and no candidates', async () => {
		expect(await resolve('Paris')).toEqual({
			query: 'Paris',
			status: 'no-match',
			ambiguous: false,
			candidates: [],
		});
	});

	it('says what matched, how well and whether it is ambiguous, as core does', async () => {
		for (const q of ['Congo', 'Korea', 'Moldva', 'Lao PDR']) {
			const data = await resolve(q, '&limit=3');
			const expected = resolveGovernment({ query: q, limit: 3 });
			expect(data.status, q).toBe(expected.status);
			expect(data.ambiguous, q).toBe(expected.ambiguous);
			expect(data.candidates.map(matchOf), q).toEqual(expected.candidates.map(matchOf));
		}
	});

	it('answers in the published Resolution schema, strictly', async () => {
		const strict = ResolutionSchema.strict();
		for (const q of ['USA', 'sao paulo', 'Korea', 'Moldva', 'Paris', 'Herzegovina', '840']) {
			const result = strict.safeParse(await resolve(q, '&limit=20'));
			expect(result.success, `${q}: ${result.error?.message}`).toBe(true);
		}
	});

	it('requires q', async () => {
		const body = await expectProblem(await get('/v1/resolve'), 400, 'invalid-parameter');
		expect(body.invalid_params).toEqual([{ name: 'q', reason: 'is required' }]);
	});

	it.each([
		['blank', '   ', 'must not be blank'],
		['201-character', 'x'.repeat(201), 'must be at most 200 characters'],
		['1,000-character', 'Moldova '.repeat(125), 'must be at most 200 characters'],
	])('rejects a %s q with a 400 naming it', async (_, q, reason) => {
		const response = await get(`/v1/resolve?q=${encodeURIComponent(q)}`);
		const body = await expectProblem(response, 400, 'invalid-parameter');
		expect(body.invalid_params).toEqual([{ name: 'q', reason }]);
	});

	it('rejects a 5,000-character q before reading it, as a target too long (414)', async () => {
		const response = await get(`/v1/resolve?q=${encodeURIComponent('Moldova '.repeat(625))}`);
		await expectProblem(response, 414, 'uri-too-long');
	});

	it('answers punctuation-only and mixed-script queries with no-match', async () => {
		for (const q of ['!!!', '中国China', '🙂']) {
			expect((await resolve(q)).status, q).toBe('no-match');
		}
	});
});

describe('GET /v1/resolve in French and Spanish', () => {
	it('resolves French and Spanish names and names the government in the language asked for', async () => {
		for (const [q, lang, name] of [
			['Allemagne', 'fr', 'Allemagne'],
			['Marruecos', 'es', 'Marruecos'],
			['Costa de Marfil', 'es', 'Côte d’Ivoire'],
			['Moldavie', 'en', 'Republic of Moldova'],
		] as const) {
			const response = await get(`/v1/resolve?q=${encodeURIComponent(q)}&lang=${lang}`);
			expect(response.headers.get('content-language')).toBe(lang);
			const body = (await response.json()) as {
				data: {
					status: string;
					candidates: { government: { localized: { name: string } } | null }[];
				};
			};
			expect(body.data.status, q).toBe('participant');
			expect(body.data.candidates[0]?.government?.localized.name, q).toBe(name);
		}
	});
});
