import { describe, expect, it } from 'vitest';
import { governmentId } from '../governments/name-index.js';
import { searchGovernments, searchStories } from './search-filtered.js';

const slugs = (options: Parameters<typeof searchStories>[0]) =>
	searchStories(options).map((story) => story.slug);
const ids = (options: Parameters<typeof searchGovernments>[0]) =>
	searchGovernments(options).map(governmentId);

describe('searchStories', () => {
	it('ranks the filtered stories by relevance when a query is given', () => {
		expect(slugs({ query: 'health' })[0]).toBe('cambodia');
		expect(slugs({ query: 'health', region: 'Europe' })).toEqual(['ireland']);
	});

	it('keeps page order without a query, as filterStories does', () => {
		expect(slugs({ region: 'Europe' })).toEqual(slugs({ query: '  ', region: 'Europe' }));
		expect(slugs({}).length).toBe(19);
	});

	it('names itself in the errors of the filters it shares', () => {
		expect(() => slugs({ country: 'Atlantis' })).toThrow(/^searchStories: country must be/);
		expect(() => slugs({ q: 'health' } as never)).toThrow(/^searchStories: options must be/);
	});
});

describe('searchGovernments', () => {
	it.each([
		['Allemagne', 'DEU'],
		['Marruecos', 'MAR'],
		['Costa de Marfil', 'CIV'],
		['Moldavie', 'MDA'],
		['Baréin', 'BHR'],
	])('finds the French or Spanish name %s first: %s', (query, id) => {
		expect(ids({ query })[0]).toBe(id);
	});

	it('ranks by relevance when a query is given, within the filters', () => {
		expect(ids({ query: 'Ivory Coast' })[0]).toBe('CIV');
		expect(ids({ query: 'san', kind: 'local' })).toEqual(
			expect.arrayContaining(['cr-san-jose', 'gt-san-marcos']),
		);
	});

	it.each([
		['BRA', 'BRA'],
		['br', 'BRA'],
		['076', 'BRA'],
		['de', 'DEU'],
		['br-sao-paulo', 'br-sao-paulo'],
	])('finds a government by its code %s first: %s', (query, id) => {
		expect(ids({ query })[0]).toBe(id);
	});

	it('finds nothing by a code no participant has', () => {
		expect(ids({ query: 'USA' })).toEqual([]);
	});

	it('keeps countries, then local authorities, without a query', () => {
		expect(ids({ kind: 'local', region: 'africa' })[0]).toBe('gh-accra');
	});
});
