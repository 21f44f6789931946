/**
 * @module the vocabulary in a request's language: English is the records' own; French and Spanish
 * come from core's catalogues, loaded by the first request in either (`varies` awaits
 * `loadLanguage` before every localized route), so the Worker starts without them
 */
import {
	type Country,
	type LocalAuthority,
	type Locale,
	type Vocabulary,
	vocabulary,
} from '@mgi-stories/core';
import type { LocalAuthorityWords } from '@mgi-stories/core/i18n';
import { loadTranslations } from '../lazy/load.js';

let translations: Awaited<ReturnType<typeof loadTranslations>> | undefined;

/** Loads what `vocabularyIn(language)` needs: nothing for English. */
export async function loadLanguage(language: Locale): Promise<void> {
	if (language !== 'en') translations ??= await loadTranslations();
}

/** What `loadLanguage` loaded, for a language other than English. */
function loaded(language: Locale, what: string) {
	if (!translations) throw new Error(`the ${language} ${what} is used before loadLanguage`);
	return translations;
}

/** The vocabulary in `language` (core's `localizedVocabulary`), once `loadLanguage` has loaded it. */
export function vocabularyIn(language: Locale): Vocabulary {
	if (language === 'en') return vocabulary;
	return loaded(language, 'vocabulary').localizedVocabulary({ locale: language });
}

/**
 * A local authority's level, our reading of it and what its point is in `language` (core's
 * `localizedLocalAuthority`, the words the site shows), once `loadLanguage` has loaded them; English
 * is the record's own (`level.value`, `level.reason`, `gazetteer.pointIs`).
 */
export function localAuthorityWordsIn(
	authority: LocalAuthority,
	language: Locale,
): LocalAuthorityWords {
	if (language === 'en')
		return {
			level: authority.level.value,
			levelReason: authority.level.reason,
			pointIs: authority.gazetteer.pointIs,
		};
	return loaded(language, 'words of a local authority').localizedLocalAuthority(authority, {
		locale: language,
	});
}

/**
 * `{ translation: 'ours' }` when a value's label in `language` is this project's translation of a
 * UN title, not the UN's own wording in that language (a Global Compact objective: core's
 * `isOurGcmTitle`), so a client can label it as ours; nothing for every other label.
 */
export function labelTranslationIn(
	facet: string,
	value: string,
	language: Locale,
): { translation?: 'ours' } {
	if (language === 'en' || facet !== 'gcmObjective') return {};
	return loaded(language, 'list of our Global Compact titles').isOurGcmTitle(value, {
		locale: language,
	})
		? { translation: 'ours' }
		: {};
}

/**
 * A country's official name in `language`, as the site's field shows it: UNTERM's formal name without
 * its article in French and Spanish (core's `governmentFormalPlace`, once `loadLanguage` has loaded
 * it), the record's `officialName` in English; undefined where UNTERM lists none (Côte d’Ivoire) or
 * one that only repeats the short name (Nepal).
 */
export function officialNameIn(country: Country, language: Locale): string | undefined {
	if (language === 'en') return country.officialName;
	return loaded(language, 'official name').governmentFormalPlace(country, { locale: language })
		?.name;
}
