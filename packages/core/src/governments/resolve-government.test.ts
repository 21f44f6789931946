import { describe, expect, it } from 'vitest';
import { resolveGovernment } from './resolve-government.js';

describe('resolveGovernment', () => {
	it('ranks an exact code first with what it matched on', () => {
		const [first] = resolveGovernment({ query: 'KOR' }).candidates;
		expect(first).toMatchObject({ id: 'KOR', matchedOn: 'alpha3', matched: 'KOR', score: 1 });
	});

	it('resolves an alternative name', () => {
		const [first] = resolveGovernment({ query: 'Swaziland' }).candidates;
		expect(first).toMatchObject({ id: 'SWZ', matchedOn: 'alt-name', matched: 'Swaziland' });
	});

	it('tolerates misspellings', () => {
		expect(resolveGovernment({ query: 'Moldavia' }).candidates[0]?.id).toBe('MDA');
		expect(resolveGovernment({ query: 'Kazakstan' }).candidates[0]?.id).toBe('KAZ');
		expect(resolveGovernment({ query: 'Bangladsh' }).candidates[0]).toMatchObject({
			id: 'BGD',
			matchedOn: 'fuzzy',
		});
	});

	it('flags a query that fits several governments as ambiguous', () => {
		const resolution = resolveGovernment({ query: 'Bo' });
		expect(resolution.ambiguous).toBe(true);
		expect(resolution.candidates.map((candidate) => candidate.id)).toEqual(['BOL', 'sl-bo']);
		expect(resolveGovernment({ query: 'San' }).ambiguous).toBe(true);
	});

	it('is not ambiguous about a unique name', () => {
		const resolution = resolveGovernment({ query: 'Zimbabwe' });
		expect(resolution.ambiguous).toBe(false);
		expect(resolution.candidates).toHaveLength(1);
	});

	it('returns no candidates for nonsense', () => {
		expect(resolveGovernment({ query: 'qqqzzzxxx' })).toEqual({
			query: 'qqqzzzxxx',
			candidates: [],
			ambiguous: false,
		});
	});

	it('honours the limit', () => {
		expect(resolveGovernment({ query: 'San', limit: 2 }).candidates).toHaveLength(2);
	});
});
