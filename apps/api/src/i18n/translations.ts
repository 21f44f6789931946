/**
 * @module the vocabulary in a request's language: English is the records' own; French and Spanish
 * come from core's catalogues, loaded by the first request in either (`varies` awaits
 * `loadLanguage` before every localized route), so the Worker starts without them
 */
import { type Locale, type Vocabulary, vocabulary } from '@mgi-stories/core';
import { loadTranslations } from '../lazy/load.js';

let translations: Awaited<ReturnType<typeof loadTranslations>> | undefined;

/** Loads what `vocabularyIn(language)` needs: nothing for English. */
export async function loadLanguage(language: Locale): Promise<void> {
	if (language !== 'en') translations ??= await loadTranslations();
}

/** The vocabulary in `language` (core's `localizedVocabulary`), once `loadLanguage` has loaded it. */
export function vocabularyIn(language: Locale): Vocabulary {
	if (language === 'en') return vocabulary;
	if (!translations) throw new Error(`the ${language} vocabulary is used before loadLanguage`);
	return translations.localizedVocabulary({ locale: language });
}
