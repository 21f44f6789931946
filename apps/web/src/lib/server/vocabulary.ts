/**
 * @module the vocabulary as the pages show it: in the page's locale, each Global Compact objective
 * whose title is our translation (the UN's French or Spanish title is not in the data) labelled so
 */
import type { Vocabulary } from '@mgi-stories/core';
import { isOurGcmTitle, localizedVocabulary } from '@mgi-stories/core/i18n';
import { coreLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const shown = new Map<string, Vocabulary>();

/** `localizedVocabulary` in the page's locale, an objective title of ours reading « … (notre traduction) ». */
export function shownVocabulary(locale = coreLocale()): Vocabulary {
	let words = shown.get(locale);
	if (!words) {
		const localized = localizedVocabulary({ locale });
		words = {
			...localized,
			facets: localized.facets.map((facet) =>
				facet.id === 'gcmObjective'
					? {
							...facet,
							values: facet.values.map((value) =>
								isOurGcmTitle(value.id, { locale })
									? { ...value, label: m.gcm_title_ours({ title: value.label }, { locale }) }
									: value,
							),
						}
					: facet,
			),
		} as Vocabulary;
		shown.set(locale, words);
	}
	return words;
}

/** Each value's label as the pages show it (`shownVocabulary`), by `facet:value`. */
export const shownLabels = (locale = coreLocale()): ReadonlyMap<string, string> =>
	new Map(
		shownVocabulary(locale).facets.flatMap((facet) =>
			facet.values.map((value) => [`${facet.id}:${value.id}`, value.label] as const),
		),
	);

/**
 * A value's label to quote, and what follows the closing quote: an objective title of ours is
 * quoted bare, « … » (notre traduction), never « … (notre traduction) ».
 */
export function quotedLabel(
	facet: string,
	value: string,
	locale = coreLocale(),
): { label: string; labelNote: string } | null {
	if (facet !== 'gcmObjective' || !isOurGcmTitle(value, { locale })) return null;
	const title = localizedVocabulary({ locale })
		.facets.find((candidate) => candidate.id === facet)
		?.values.find((candidate) => candidate.id === value)?.label;
	return title ? { label: title, labelNote: ` ${m.gcm_title_note({}, { locale })}` } : null;
}
