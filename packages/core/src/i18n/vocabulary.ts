/** @module the vocabulary and the claims in a locale: the project's translation of its own words */

import { checkArgument, checkOptions } from '../arguments.js';
import { ArgumentError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import {
	claimTranslations,
	localAuthorityTranslations,
	vocabularyTranslations,
} from '../generated/catalogue-translations.js';
import { vocabulary } from '../generated/vocabulary.js';
import type { Claim, Facet, LocalAuthority, Vocabulary } from '../types.js';
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
	const checked = checkOptions('localizedClaim', options, ['locale'], {
		optional: true,
		positional: 'claim',
	}).locale();
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

/**
 * The Global Compact's objectives whose title in each translated language is this project's
 * translation: the UN's text of it was not found. The others are the UN's, as the UN Network on
 * Migration gives the text of A/RES/73/195 (source `un-network-on-migration-gcm`); each objective's
 * description says which, and a test holds the two together.
 */
const OUR_GCM_TITLES: Readonly<Record<TranslatedLocale, readonly number[]>> = {
	fr: [3, 5, 7, 17, 18],
	es: [3, 12, 15, 16, 17, 19, 20, 21, 22, 23],
};

/** What a page says of a local authority in a locale: its level, our reading of it, and what its point is. */
export interface LocalAuthorityWords {
	/** its level (`level.value`): « municipalité », « estado » */
	level: string;
	/** our reading of its level (`level.reason`); a quotation of the booklet in it stays English */
	levelReason: string;
	/** what its point stands for (`gazetteer.pointIs`) */
	pointIs: string;
}

function localAuthorityWords(
	fn: string,
	authority: LocalAuthority,
	options: LocaleOptions,
): LocalAuthorityWords {
	const checked = checkOptions(fn, options, ['locale'], {
		optional: true,
		positional: 'authority',
	}).locale();
	const { id, level, gazetteer } = checkArgument(fn, 'authority', authority).record<LocalAuthority>(
		'authority',
		'id',
		'one of the dataset’s local authorities',
	);
	if (checked === 'en')
		return { level: level.value, levelReason: level.reason, pointIs: gazetteer.pointIs };
	const words = localAuthorityTranslations[checked][id];
	if (!words)
		throw new ArgumentError(fn, 'authority', 'one of the dataset’s local authorities', authority);
	return words;
}

/**
 * A local authority's level, our reading of it and what its point is, in a locale: the project's
 * translation (CC BY 4.0); English is the dataset's own (`level.value`, `level.reason`,
 * `gazetteer.pointIs`).
 * @example localizedLocalAuthority(governmentById({ id: 'mx-oaxaca' }), { locale: 'fr' }).level // 'État'
 */
export const localizedLocalAuthority = (
	authority: LocalAuthority,
	options: LocaleOptions = {},
): LocalAuthorityWords => localAuthorityWords('localizedLocalAuthority', authority, options);

/**
 * Our reading of a local authority's level (its `level.reason`) in a locale: the project's
 * translation (CC BY 4.0); English is the dataset's own. A quotation of the booklet in it stays in
 * English ("Municipal Plan for Immigrant Policies (2021–2024)").
 * @example localizedLevelReason(governmentById({ id: 'ca-montreal' }), { locale: 'fr' }) // 'La brochure cite Montréal parmi …'
 */
export const localizedLevelReason = (
	authority: LocalAuthority,
	options: LocaleOptions = {},
): string => localAuthorityWords('localizedLevelReason', authority, options).levelReason;

/**
 * Whether the title of a Global Compact objective (a `gcmObjective` value id) is, in the locale,
 * this project's translation rather than the UN's: a page shows such a title as "our translation".
 * English titles are all the UN's.
 * @example isOurGcmTitle('objective-3', { locale: 'fr' }) // true
 */
export function isOurGcmTitle(objective: string, options: LocaleOptions = {}): boolean {
	const checked = checkOptions('isOurGcmTitle', options, ['locale'], {
		optional: true,
		positional: 'objective',
	}).locale();
	const number = Number(/^objective-(\d+)$/.exec(objective)?.[1]);
	if (!Number.isInteger(number) || number < 1 || number > 23)
		throw new ArgumentError(
			'isOurGcmTitle',
			'objective',
			'the id of a Global Compact objective (objective-1 to objective-23)',
			objective,
		);
	return checked !== 'en' && OUR_GCM_TITLES[checked].includes(number);
}
