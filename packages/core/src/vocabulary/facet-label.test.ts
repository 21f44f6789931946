import { describe, expect, it } from 'vitest';
import { vocabulary } from '../data.js';
import { facetLabel } from './facet-label.js';

describe('facetLabel', () => {
	it('gives the vocabulary label of a facet value', () => {
		const topic = vocabulary.facets.find((facet) => facet.id === 'topic');
		const value = topic?.values.find((candidate) => candidate.id === 'trafficking');
		expect(facetLabel({ facet: 'topic', value: 'trafficking' })).toBe(value?.label);
	});

	it('falls back to the value id for an unknown value', () => {
		expect(facetLabel({ facet: 'topic', value: 'tourism' })).toBe('tourism');
	});
});
