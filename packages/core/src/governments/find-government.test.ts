import { describe, expect, it } from 'vitest';
import { governments } from '../data.js';
import { CoreError } from '../errors.js';
import { findGovernment } from './find-government.js';
import { governmentId, participantNames } from './name-index.js';
import { resolveGovernment } from './resolve-government.js';

const idOf = (query: string) => {
	const government = findGovernment({ query });
	return government && governmentId(government);
};

describe('findGovernment', () => {
	it.each([
		['AL', 'ALB'],
		['alb', 'ALB'],
		['008', 'ALB'],
		['Albania', 'ALB'],
		['bo', 'BOL'],
		['br-sao-paulo', 'br-sao-paulo'],
	])('finds %s by code or id', (query, expected) => {
		expect(idOf(query)).toBe(expected);
	});

	it.each([
		['Türkiye', 'TUR'],
		['turkiye', 'TUR'],
		['Moldova', 'MDA'],
		['Cape Verde', 'CPV'],
		['Swaziland', 'SWZ'],
		['Ivory Coast', 'CIV'],
		['East Timor', 'TLS'],
		['South Korea', 'KOR'],
		['Bolivia', 'BOL'],
		['Dominican Rep.', 'DOM'],
	])('finds the alternative name %s', (query, expected) => {
		expect(idOf(query)).toBe(expected);
	});

	it('ignores case, accents, punctuation and spaces', () => {
		expect(idOf("COTE D'IVOIRE")).toBe('CIV');
		expect(idOf('Côte d’Ivoire')).toBe('CIV');
		expect(idOf('Cote dIvoire')).toBe('CIV');
		expect(idOf('guinea bissau')).toBe('GNB');
		expect(idOf('  bolivia (plurinational state of) ')).toBe('BOL');
		expect(idOf('sao paulo')).toBe('br-sao-paulo');
		expect(idOf('Cucuta')).toBe('co-cucuta');
	});

	it('returns undefined for a country that did not take part, a misspelling or nothing', () => {
		for (const query of ['France', 'Dominica', 'USA', 'Iran', 'Moldva', '', 'x'.repeat(5000)]) {
			expect(findGovernment({ query }), query).toBeUndefined();
		}
	});

	it('rejects a query that is not a string with a CoreError naming it', () => {
		expect(() => findGovernment({ query: 7 as never })).toThrow(CoreError);
		expect(() => findGovernment({ query: 7 as never })).toThrow(/query must be a string/);
	});

	it('agrees with resolveGovernment: no participant’s name also names a country that did not take part', () => {
		for (const government of governments) {
			for (const [, name] of participantNames(government)) {
				const { candidates } = resolveGovernment({ query: name, limit: 50 });
				expect(
					candidates.filter((candidate) => !candidate.participant).map((c) => c.id),
					name,
				).toEqual([]);
				expect(candidates[0]?.government, name).toBe(findGovernment({ query: name }));
			}
		}
	});
});
