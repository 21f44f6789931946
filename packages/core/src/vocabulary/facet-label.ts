import { checkOptions } from '../arguments.js';
import { valueLabels } from '../generated/catalogue-labels.js';
import { vocabulary } from '../generated/vocabulary.js';
import type { Locale } from '../i18n/locale.js';
import type { FacetId, FacetValueIds } from '../types.js';
import { FACET_IDS } from './facet-ids.js';

/**
 * The label of a facet value as the vocabulary gives it, in a locale (English by default).
 * @throws ArgumentError listing the facets, or the facet's values, when either is unknown
 * @example facetLabel({ facet: 'topic', value: 'trafficking' }) // 'Trafficking in persons'
 * @example facetLabel({ facet: 'topic', value: 'trafficking', locale: 'es' }) // 'Trata de personas'
 */
export function facetLabel<Id extends FacetId>(options: {
	facet: Id;
	value: FacetValueIds[Id];
	locale?: Locale | undefined;
}): string {
	const args = checkOptions('facetLabel', options, ['facet', 'value', 'locale']);
	const facet = args.oneOf('facet', FACET_IDS);
	const values = vocabulary.facets.find((candidate) => candidate.id === facet)?.values ?? [];
	const value = args.oneOf(
		'value',
		values.map((candidate) => candidate.id),
	);
	const locale = args.locale();
	const english = values.find((candidate) => candidate.id === value)?.label ?? value;
	return locale === 'en' ? english : (valueLabels[locale][facet]?.[value] ?? english);
}
