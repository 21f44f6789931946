import { describe, expect, it } from 'vitest';
import { shownVocabulary } from './vocabulary';

const objective = (locale: 'en' | 'fr' | 'es', id: string) =>
	shownVocabulary(locale)
		.facets.find((facet) => facet.id === 'gcmObjective')
		?.values.find((value) => value.id === id)?.label;

describe('shownVocabulary', () => {
	it('labels every French and Spanish Global Compact title as our translation: the UN’s are not in the dataset', () => {
		for (const id of ['objective-1', 'objective-3', 'objective-23']) {
			expect(objective('fr', id)).toMatch(/ \(notre traduction\)$/);
			expect(objective('es', id)).toMatch(/ \(traducción nuestra\)$/);
		}
	});

	it('shows the UN’s English titles as they are', () => {
		expect(objective('en', 'objective-3')).toBe(
			'Provide accurate and timely information at all stages of migration',
		);
	});
});
