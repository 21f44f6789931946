import { describe, expect, it } from 'vitest';
import { shownVocabulary } from './vocabulary';

const objective = (locale: 'en' | 'fr' | 'es', id: string) =>
	shownVocabulary(locale)
		.facets.find((facet) => facet.id === 'gcmObjective')
		?.values.find((value) => value.id === id)?.label;

describe('shownVocabulary', () => {
	it('labels a Global Compact title we translated as our translation', () => {
		expect(objective('fr', 'objective-3')).toMatch(/ \(notre traduction\)$/);
		expect(objective('es', 'objective-3')).toMatch(/ \(traducción nuestra\)$/);
	});

	it('shows the UN’s titles as they are', () => {
		expect(objective('fr', 'objective-1')).not.toContain('traduction');
		expect(objective('es', 'objective-1')).not.toContain('traducción');
		expect(objective('en', 'objective-3')).toBe(
			'Provide accurate and timely information at all stages of migration',
		);
	});
});
