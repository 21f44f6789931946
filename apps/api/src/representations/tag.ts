/** @module a story's tag as the API shows it: the booklet's evidence, labelled as our reading */
import type { Locale, Tag } from '@mgi-stories/core';
import { labelTranslationIn, vocabularyIn } from '../i18n/translations.js';

/** the source id the dataset files give the classification (`datapackage.json`, CSV `*_source`) */
export const TAG_SOURCE = 'mgi-stories-reading';

const labels = new Map<Locale, Map<string, string>>();

/** facet/value → the value's label in `language` (one table per language, made on first use) */
function labelsIn(language: Locale): Map<string, string> {
	let known = labels.get(language);
	if (!known) {
		known = new Map();
		for (const facet of vocabularyIn(language).facets) {
			for (const value of facet.values) known.set(`${facet.id}/${value.id}`, value.label);
		}
		labels.set(language, known);
	}
	return known;
}

/**
 * A tag with its value's label in `language` and `source`: the classification is this project's
 * reading of the booklet (CC BY 4.0), not IOM's; only the evidence is the booklet's words. A Global
 * Compact objective's title that is our translation says so (`translation: 'ours'`).
 */
export function tagItem(tag: Tag, language: Locale) {
	return {
		...tag,
		label: labelsIn(language).get(`${tag.facet}/${tag.value}`) ?? tag.value,
		...labelTranslationIn(tag.facet, tag.value, language),
		source: TAG_SOURCE,
	};
}
