import { checkOptions } from '../arguments.js';
import { valueLabels } from '../generated/catalogues.js';
import { vocabulary } from '../generated/vocabulary.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { FacetId } from '../types.js';

/**
 * The label of a facet value as the vocabulary gives it, in a locale (English by default; the value
 * id itself when it is unknown).
 * @example facetLabel({ facet: 'topic', value: 'trafficking' }) // 'Trafficking in persons'
 * @example facetLabel({ facet: 'topic', value: 'trafficking', locale: 'es' }) // 'Trata de personas'
 */
export function facetLabel(options: {
	facet: FacetId | (string & {});
	value: string;
	locale?: Locale;
}): string {
	const args = checkOptions('facetLabel', options, ['facet', 'value', 'locale']);
	const facet = args.string('facet');
	const value = args.string('value');
	const locale = args.optionalOneOf('locale', LOCALES) ?? 'en';
	const english = vocabulary.facets
		.find((candidate) => candidate.id === facet)
		?.values.find((candidate) => candidate.id === value)?.label;
	// a value the vocabulary does not know keeps its id, in every locale
	if (english === undefined) return value;
	return locale === 'en' ? english : (valueLabels[locale][facet]?.[value] ?? english);
}
