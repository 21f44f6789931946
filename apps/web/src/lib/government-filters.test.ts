import { resolveGovernment } from '@mgi-stories/core/resolve';
import { describe, expect, it } from 'vitest';
import { governmentSummaries } from '$lib/server/governments';
import {
	applyGovernmentFilters,
	DEFAULT_FILTERS,
	governmentQuery,
	parseGovernmentPath,
	parseGovernmentQuery,
} from './government-filters';

const rows = governmentSummaries();

describe('government filters', () => {
	it('keeps the booklet order by default', () => {
		const result = applyGovernmentFilters(rows, DEFAULT_FILTERS);
		expect(result).toHaveLength(113);
		expect(result.slice(0, 3).map((row) => row.name)).toEqual(['Albania', 'Angola', 'Argentina']);
		const brazil = result.findIndex((row) => row.id === 'BRA');
		expect(result[brazil + 1]?.id).toBe('br-sao-paulo');
	});

	it('filters by region, kind and text, ignoring accents', () => {
		const local = applyGovernmentFilters(rows, { ...DEFAULT_FILTERS, kind: 'local' });
		expect(local).toHaveLength(29);
		const sao = applyGovernmentFilters(rows, { ...DEFAULT_FILTERS, q: 'sao' });
		expect(sao.map((row) => row.id)).toEqual(['br-sao-paulo']);
		const africa = applyGovernmentFilters(rows, {
			...DEFAULT_FILTERS,
			region: 'africa',
			kind: 'country',
		});
		expect(africa).toHaveLength(32);
		expect(
			applyGovernmentFilters(rows, { ...DEFAULT_FILTERS, q: 'MUS' }).map((row) => row.name),
		).toEqual(['Mauritius']);
	});

	it('sorts by a column in either direction', () => {
		const byStories = applyGovernmentFilters(rows, {
			...DEFAULT_FILTERS,
			sort: 'stories',
			descending: true,
		});
		expect(byStories[0]?.stories).toBe(1);
		expect(byStories.at(-1)?.stories).toBe(0);
		const byName = applyGovernmentFilters(rows, { ...DEFAULT_FILTERS, sort: 'name' });
		expect(byName[0]?.name).toBe('Accra');
	});

	it('round-trips the URL forms', () => {
		expect(parseGovernmentPath('')).toEqual({});
		expect(parseGovernmentPath('region/africa')).toEqual({ region: 'africa' });
		expect(parseGovernmentPath('kind/local')).toEqual({ kind: 'local' });
		expect(parseGovernmentPath('kind/planet')).toBeUndefined();
		const filters = {
			...DEFAULT_FILTERS,
			region: 'asia',
			q: 'k',
			sort: 'name' as const,
			descending: true,
		};
		expect(governmentQuery(filters)).toBe('?region=asia&q=k&sort=-name');
		expect({
			...DEFAULT_FILTERS,
			...parseGovernmentQuery(new URLSearchParams('region=asia&q=k&sort=-name')),
		}).toEqual(filters);
	});

	it('finds a misspelt country through core’s resolver', () => {
		const filters = { ...DEFAULT_FILTERS, q: 'Moldva' };
		expect(applyGovernmentFilters(rows, filters)).toHaveLength(0);
		const resolved = new Set(
			resolveGovernment({ query: 'Moldva' }).candidates.map((candidate) => candidate.id),
		);
		expect(applyGovernmentFilters(rows, filters, resolved).map((row) => row.id)).toContain('MDA');
	});

	it('prefers names that contain the text over the resolver’s guesses', () => {
		const filters = { ...DEFAULT_FILTERS, q: 'sao' };
		const resolved = new Set(resolveGovernment({ query: 'sao' }).candidates.map((c) => c.id));
		expect(applyGovernmentFilters(rows, filters, resolved).map((row) => row.id)).toEqual([
			'br-sao-paulo',
		]);
	});
});
