import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { quotedLabel, shownVocabulary } from './vocabulary';

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

describe('quotedLabel', () => {
	it('quotes a title of ours bare, the note after the closing quote (round 6)', () => {
		const quoted = quotedLabel('gcmObjective', 'objective-3', 'fr');
		expect(quoted?.labelNote).toBe(' (notre traduction)');
		expect(quoted?.label).not.toContain('traduction');
		const description = compiled.stories_meta_description_filtered(
			{
				count: 2,
				countText: 'deux',
				group: 'gcmObjective',
				labelArticle: 'none',
				description: 'Objectif 3.',
				...(quoted ?? { label: '', labelNote: '' }),
			},
			{ locale: 'fr' },
		);
		expect(description).toMatch(
			/^Les deux histoires .*\u202f» \(notre traduction\)\. Objectif 3\.$/,
		);
	});

	it('leaves the UN’s titles and other facets to be quoted as they are', () => {
		expect(quotedLabel('gcmObjective', 'objective-1', 'fr')).toBeNull();
		expect(quotedLabel('topic', 'health', 'fr')).toBeNull();
	});
});
