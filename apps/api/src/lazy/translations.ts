/** @module what `loadTranslations` loads */
export { isOurGcmTitle, localizedLevelReason, localizedVocabulary } from '@mgi-stories/core/i18n';
