import { FACET_IDS } from '@mgi-stories/core/schema';
import { describe, expect, it } from 'vitest';
import {
	filterPath,
	isFiltered,
	matches,
	optionCounts,
	parseFilterPath,
	parseQuery,
	toggle,
	toQuery,
} from './filters';

const item = (filters: Partial<Record<string, string[]>>) => ({
	filters: {
		region: [],
		level: [],
		outcome: [],
		topic: [],
		framework: [],
		domain: [],
		gcmObjective: [],
		edition: [],
		...filters,
	},
});

describe('filters', () => {
	it('covers every facet of the vocabulary', () => {
		const keys = parseQuery(
			new URLSearchParams(
				FACET_IDS.map((id) => [id === 'gcmObjective' ? 'gcm-objective' : id, 'x']),
			),
		);
		expect(Object.keys(keys.values).sort()).toEqual([...FACET_IDS].sort());
	});

	it('round-trips the query string in a stable order', () => {
		const filters = parseQuery(
			new URLSearchParams('topic=health&region=africa&topic=data&q=%20x%20'),
		);
		expect(filters).toEqual({ q: 'x', values: { region: ['africa'], topic: ['health', 'data'] } });
		expect(toQuery(filters)).toBe('?region=africa&topic=data&topic=health&q=x');
		expect(toQuery({ q: '', values: {} })).toBe('');
	});

	it('reads comma-separated values too', () => {
		expect(parseQuery(new URLSearchParams('gcm-objective=objective-1,objective-2')).values).toEqual(
			{
				gcmObjective: ['objective-1', 'objective-2'],
			},
		);
	});

	it('parses prerendered filter paths', () => {
		expect(parseFilterPath('')).toEqual({});
		expect(parseFilterPath('topic/health')).toEqual({ topic: ['health'] });
		expect(parseFilterPath('gcm-objective/objective-1/')).toEqual({
			gcmObjective: ['objective-1'],
		});
		expect(parseFilterPath('colour/red')).toBeUndefined();
		expect(parseFilterPath('topic')).toBeUndefined();
		expect(filterPath('gcmObjective', 'objective-1')).toBe('/stories/gcm-objective/objective-1/');
	});

	it('ors values within a key and ands keys', () => {
		const story = item({ region: ['africa'], topic: ['health', 'data'] });
		expect(matches(story, { topic: ['health', 'trafficking'] })).toBe(true);
		expect(matches(story, { topic: ['health'], region: ['asia'] })).toBe(false);
		expect(matches(story, { topic: ['health'], region: ['asia'] }, 'region')).toBe(true);
	});

	it('toggles values and drops empty keys', () => {
		expect(toggle({}, 'topic', 'health')).toEqual({ topic: ['health'] });
		expect(toggle({ topic: ['health'] }, 'topic', 'health')).toEqual({});
	});

	it('counts options given the other filters', () => {
		const items = [
			item({ region: ['africa'], topic: ['health'] }),
			item({ region: ['asia'], topic: ['health', 'data'] }),
		];
		const counts = optionCounts(items, { region: ['asia'], topic: ['health'] }, 'topic');
		expect(Object.fromEntries(counts)).toEqual({ health: 1, data: 1 });
	});

	it('knows when something is filtered', () => {
		expect(isFiltered({ q: ' ', values: { topic: [] } })).toBe(false);
		expect(isFiltered({ q: 'x', values: {} })).toBe(true);
	});
});
