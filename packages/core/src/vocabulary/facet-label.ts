import { checkOptions } from '../arguments.js';
import { vocabulary } from '../data.js';
import type { FacetId } from '../types.js';

/**
 * The label of a facet value as the vocabulary gives it (the value id itself when it is unknown).
 * @example facetLabel({ facet: 'topic', value: 'trafficking' }) // 'Trafficking in persons'
 */
export function facetLabel(options: { facet: FacetId | (string & {}); value: string }): string {
	const args = checkOptions('facetLabel', options, ['facet', 'value']);
	const facet = args.string('facet');
	const value = args.string('value');
	const values = vocabulary.facets.find((candidate) => candidate.id === facet)?.values;
	return values?.find((candidate) => candidate.id === value)?.label ?? value;
}
