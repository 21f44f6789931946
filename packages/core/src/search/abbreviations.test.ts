import { describe, expect, it } from 'vitest';
import { vocabulary } from '../data.js';
import { definedAbbreviations } from './abbreviations.js';

describe('definedAbbreviations', () => {
	it('reads an id word that spells the initials of the label', () => {
		expect(
			definedAbbreviations({ id: 'gcmObjective', label: 'Global Compact for Migration objective' }),
		).toEqual(['GCM']);
	});

	it('reads an abbreviation defined in parentheses after the words it abbreviates', () => {
		expect(
			definedAbbreviations({
				id: 'x',
				label: 'UN Common Country Assessment',
				description: 'The United Nations Common Country Assessment (CCA), and more.',
			}),
		).toEqual(['CCA']);
	});

	it('invents nothing: no initials of a label the id does not spell, no parentheses that are not initials', () => {
		expect(definedAbbreviations({ id: 'domain', label: 'MGI domain' })).toEqual([]);
		expect(definedAbbreviations({ id: 'framework', label: 'Global framework' })).toEqual([]);
		expect(
			definedAbbreviations({ id: 'x', label: 'Sustainable Development Goal 10 (SDG 10)' }),
		).toEqual([]);
		expect(
			definedAbbreviations({ id: 'x', label: 'Label', description: 'The National Office (UN)' }),
		).toEqual([]);
	});

	it('finds exactly the abbreviations of the vocabulary as shipped', () => {
		const found = vocabulary.facets.flatMap((facet) =>
			[facet, ...facet.values].flatMap((defined) =>
				definedAbbreviations(defined).map((abbreviation) => `${defined.id}: ${abbreviation}`),
			),
		);
		expect(found).toEqual(['un-common-country-assessment: CCA', 'gcmObjective: GCM']);
	});
});
