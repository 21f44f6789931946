/** @module what `loadTranslations` loads */
export { localizedLevelReason, localizedVocabulary } from '@mgi-stories/core/i18n';
