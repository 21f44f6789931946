/** @module what `loadTranslations` loads */
export { governmentFormalPlace } from '@mgi-stories/core';
export {
	isOurGcmTitle,
	localizedLocalAuthority,
	localizedVocabulary,
} from '@mgi-stories/core/i18n';
