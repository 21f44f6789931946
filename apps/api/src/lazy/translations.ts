/** @module what `loadTranslations` loads */
export { governmentFormalPlace } from '@mgi-stories/core';
export { isOurGcmTitle, localizedLevelReason, localizedVocabulary } from '@mgi-stories/core/i18n';
