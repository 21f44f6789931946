import { describe, expect, it } from 'vitest';
import { findGovernment } from './find-government.js';

const alpha3 = (query: string) => {
	const government = findGovernment({ query });
	return government?.kind === 'country' ? government.alpha3 : government?.id;
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
		expect(alpha3(query)).toBe(expected);
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
	])('finds the alternative name %s', (query, expected) => {
		expect(alpha3(query)).toBe(expected);
	});

	it('ignores case, accents and punctuation', () => {
		expect(alpha3("COTE D'IVOIRE")).toBe('CIV');
		expect(alpha3('Côte d’Ivoire')).toBe('CIV');
		expect(alpha3('guinea bissau')).toBe('GNB');
		expect(alpha3('  bolivia (plurinational state of) ')).toBe('BOL');
		expect(alpha3('sao paulo')).toBe('br-sao-paulo');
		expect(alpha3('Cucuta')).toBe('co-cucuta');
	});

	it('returns undefined for a government that did not participate', () => {
		expect(findGovernment({ query: 'France' })).toBeUndefined();
		expect(findGovernment({ query: '' })).toBeUndefined();
	});
});
