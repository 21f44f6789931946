/** @module the vocabulary and the claims in a locale: the project's translation of its own words */

import { checkArgument, checkOptions } from '../arguments.js';
import { ArgumentError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { claimTranslations, vocabularyTranslations } from '../generated/catalogues.js';
import { vocabulary } from '../generated/vocabulary.js';
import type { Claim, Facet, Vocabulary } from '../types.js';
import type { Locale, LocaleOptions, TranslatedLocale } from './locale.js';

const localized = new Map<Locale, Vocabulary>();

/** The catalogue's translation of one part; the build checks that every part has one. */
function translated<T>(part: T | undefined, what: string): T {
	if (part === undefined) throw new Error(`no translation of ${what}`);
	return part;
}

function translate(locale: TranslatedLocale): Vocabulary {
	const { facets, attribution } = vocabularyTranslations[locale];
	return deepFreeze({
		attribution: {
			...vocabulary.attribution,
			statement: attribution.statement,
			exceptions: vocabulary.attribution.exceptions.map((exception) => ({
				part: exception.part,
				statement: translated(attribution.exceptions[exception.part], exception.part),
			})),
		},
		facets: vocabulary.facets.map((facet): Facet => {
			const words = translated(facets[facet.id], facet.id);
			// each value keeps its facet's id: the facet and its values are one member of the union
			return {
				id: facet.id,
				label: words.label,
				description: words.description,
				rule: words.rule,
				values: facet.values.map((value) => ({
					id: value.id,
					...translated(words.values[value.id], `${facet.id}.${value.id}`),
				})),
			} as Facet;
		}),
	});
}

/**
 * The vocabulary in a locale, shaped as `vocabulary`: facet labels, descriptions and rules, value
 * labels and descriptions, and the attribution's statements, in the project's translation (CC BY 4.0).
 * The ids never change; English is `vocabulary` itself.
 * @example localizedVocabulary({ locale: 'es' }).facets[0]?.label // 'Resultado'
 */
export function localizedVocabulary(options: LocaleOptions = {}): Vocabulary {
	const checked = checkOptions('localizedVocabulary', options, ['locale'], {
		optional: true,
	}).locale();
	if (checked === 'en') return vocabulary;
	let known = localized.get(checked);
	if (!known) {
		known = translate(checked);
		localized.set(checked, known);
	}
	return known;
}

/**
 * A claim in a locale: its description and check in the project's translation. The quote and the
 * facts are the booklet's words and never change, nor does the booklet's section heading.
 * @example localizedClaim(claims[0], { locale: 'fr' }).description
 */
export function localizedClaim(claim: Claim, options: LocaleOptions = {}): Claim {
	const checked = checkOptions('localizedClaim', options, ['locale'], { optional: true }).locale();
	const { id } = checkArgument('localizedClaim', 'claim', claim).record<Claim>(
		'claim',
		'id',
		'one of the dataset’s claims',
	);
	if (checked === 'en') return claim;
	const words = claimTranslations[checked][id];
	if (!words)
		throw new ArgumentError('localizedClaim', 'claim', 'one of the dataset’s claims', claim);
	return { ...claim, description: words.description, check: words.check };
}
