/** @module what `loadTranslations` loads */
export { localizedVocabulary } from '@mgi-stories/core/i18n';
