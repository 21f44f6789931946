/**
 * @module build-time only: every catalogue translates every vocabulary entry, claim and sentence, and
 * nothing else, and each sentence takes the same parameters in every locale
 */
import { DataError } from '../errors.js';
import type { Claim } from '../schema/claim.js';
import type { Catalogues, Message } from '../schema/i18n.js';
import type { Vocabulary } from '../schema/vocabulary.js';
import { TRANSLATED_LOCALES } from './locale.js';

/** The `{name}` parameters a sentence uses (`{name:feminine}` is `name` in words). */
const placeholders = (text: string): string[] =>
	[...text.matchAll(/\{([a-zA-Z]+)(?::[a-z]+)?\}/g)].map((match) => match[1] as string);

const formsOf = (message: Message): string[] =>
	typeof message === 'string'
		? [message]
		: Object.entries(message)
				.filter(([key]) => key !== 'plural')
				.map(([, form]) => form as string);

const parametersOf = (message: Message): string =>
	[...new Set(formsOf(message).flatMap(placeholders))].sort().join(', ');

function sameKeys(file: string, where: string, actual: object, expected: readonly string[]): void {
	const keys = Object.keys(actual);
	const missing = expected.filter((key) => !keys.includes(key));
	const extra = keys.filter((key) => !expected.includes(key));
	if (missing.length > 0) throw new DataError(file, where, missing[0] as string, 'no translation');
	if (extra.length > 0)
		throw new DataError(file, where, extra[0] as string, 'translates nothing in the dataset');
}

/** Throws a DataError naming the catalogue, entry and key that is missing, extra or inconsistent. */
export function assertCatalogues(input: {
	catalogues: Catalogues;
	vocabulary: Vocabulary;
	claims: readonly Claim[];
	/** the ids of the local authorities, whose reading of a level each catalogue translates */
	localAuthorities: readonly string[];
}): void {
	const { catalogues, vocabulary, claims, localAuthorities } = input;
	for (const locale of TRANSLATED_LOCALES) {
		const file = `i18n/${locale}`;
		const catalogue = catalogues[locale];
		const facets = catalogue.vocabulary.facets;
		sameKeys(
			file,
			'vocabulary.facets',
			facets,
			vocabulary.facets.map((facet) => facet.id),
		);
		for (const facet of vocabulary.facets) {
			sameKeys(
				file,
				`vocabulary.facets.${facet.id}.values`,
				facets[facet.id]?.values ?? {},
				facet.values.map((value) => value.id),
			);
		}
		sameKeys(
			file,
			'vocabulary.attribution.exceptions',
			catalogue.vocabulary.attribution.exceptions,
			vocabulary.attribution.exceptions.map((exception) => exception.part),
		);
		sameKeys(
			file,
			'claims',
			catalogue.claims,
			claims.map((claim) => claim.id),
		);
		sameKeys(file, 'localAuthorities', catalogue.localAuthorities, localAuthorities);
		for (const [key, message] of Object.entries(catalogue.sentences)) {
			const english = catalogues.en.sentences[key as keyof typeof catalogue.sentences];
			if (parametersOf(message) !== parametersOf(english))
				throw new DataError(
					file,
					'sentences',
					key,
					`takes {${parametersOf(message)}}, the English takes {${parametersOf(english)}}`,
				);
			if (
				typeof message !== 'string' &&
				!(typeof english !== 'string' && english.plural === message.plural) &&
				!formsOf(english).some((form) => form.includes(`{${message.plural}}`))
			)
				throw new DataError(
					file,
					'sentences',
					key,
					`counts {${message.plural}}, which the English neither takes nor counts`,
				);
		}
	}
}
