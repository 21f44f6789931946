import { vocabulary } from '@mgi-stories/core';
import { localizedVocabulary } from '@mgi-stories/core/i18n';
import { describe, expect, it } from 'vitest';
import { loadLanguage, vocabularyIn } from './translations.js';

describe('vocabularyIn', () => {
	it('gives the records’ own vocabulary in English, with nothing loaded', () => {
		expect(vocabularyIn('en')).toBe(vocabulary);
	});

	it('refuses French and Spanish before loadLanguage has loaded them', () => {
		expect(() => vocabularyIn('fr')).toThrow(/before loadLanguage/);
	});

	it('gives core’s translation once loadLanguage has loaded it', async () => {
		await loadLanguage('es');
		expect(vocabularyIn('es')).toBe(localizedVocabulary({ locale: 'es' }));
		expect(vocabularyIn('fr')).toBe(localizedVocabulary({ locale: 'fr' }));
	});
});
