/** @module the claims check's sentences in a locale: parameters, plurals by Intl.PluralRules, numbers by Intl.NumberFormat */
import type { englishSentences } from '../generated/catalogue-sentences.js';
import type { EXACT_FORMS, Message, SentenceKey } from '../schema/i18n.js';
import type { Locale } from './locale.js';

/** A parameter: a number is formatted for the locale (a year is passed as a string, so never "2 016"). */
export type MessageParams = Readonly<Record<string, string | number>>;

type ExactForm = (typeof EXACT_FORMS)[number];

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The grammatical gender of what a number counts, for `{count:feminine}`: « une histoire », « un pays ». */
export type Gender = 'masculine' | 'feminine';

/**
 * Zero to nine in words, as French and Spanish running text writes them before a noun of each
 * gender (« deux pays », « una historia », « un país »); from ten on, and in English, figures.
 */
const SMALL_NUMBERS: Readonly<
	Partial<Record<Locale, Readonly<Record<Gender, readonly string[]>>>>
> = {
	fr: {
		masculine: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
		feminine: ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
	},
	es: {
		masculine: ['cero', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
		feminine: ['cero', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
	},
};

/** One formatter per locale, made on first use. */
function once<T>(made: Map<Locale, T>, locale: Locale, make: (locale: Locale) => T): T {
	const known = made.get(locale);
	if (known) return known;
	const fresh = make(locale);
	made.set(locale, fresh);
	return fresh;
}

/** The form of a message for its plural count: its exact form (`=0`, `=5`), else its category's (`other` when it has none). */
function formOf(message: Message, locale: Locale, params: MessageParams): string {
	if (typeof message === 'string') return message;
	const count = params[message.plural];
	if (typeof count !== 'number')
		throw new Error(`plural parameter ${message.plural} is not a number`);
	const category = once(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count);
	const exact = message[`=${count}` as ExactForm] as string | undefined;
	return exact ?? message[category] ?? message.other;
}

/** A locale and its sentences: English in the main entry, French and Spanish at `@mgi-stories/core/i18n`. */
export interface Catalogue {
	locale: Locale;
	sentences: typeof englishSentences;
}

/** How a sentence writes its counts. */
export interface FormatOptions {
	/** every count in figures, `{name:feminine}` too: the sentence is part of a series with a count from ten on (`inFigures`) */
	figures?: boolean;
}

/**
 * A sentence of a locale's catalogue, its `{name}` parameters replaced; `{name:feminine}` or
 * `{name:masculine}` writes a number from zero to nine in words, in the gender of what it counts,
 * unless `figures` asks for all of a series in figures.
 * @example formatMessage({ locale: 'fr', sentences: translatedSentences.fr }, 'levels.countries', { count: 84 }) // '84 pays'
 */
export function formatMessage(
	{ locale, sentences }: Catalogue,
	key: SentenceKey,
	params: MessageParams = {},
	{ figures = false }: FormatOptions = {},
): string {
	const text = formOf(sentences[key], locale, params);
	return text.replace(
		/\{([a-zA-Z]+)(?::(masculine|feminine))?\}/g,
		(_, name: string, gender: Gender | undefined) => {
			const value = params[name];
			if (value === undefined) throw new Error(`${key}: no value for {${name}}`);
			if (typeof value === 'string') return value;
			return gender && !figures
				? countInWords(locale, value, gender)
				: once(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(value);
		},
	);
}

/**
 * A count as the locale's running text writes it before a noun of `gender`: zero to nine in words
 * in French and Spanish (« une », « una », « un »), figures from ten on and in English.
 * @example countInWords('fr', 1, 'feminine') // 'une'
 */
export function countInWords(locale: Locale, value: number, gender: Gender): string {
	return (
		SMALL_NUMBERS[locale]?.[gender][value] ??
		once(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(value)
	);
}

/** Items joined as the locale's catalogue joins a list ("none" when empty). */
export function formatList(catalogue: Catalogue, items: readonly string[]): string {
	return items.length > 0
		? items.join(formatMessage(catalogue, 'list.separator'))
		: formatMessage(catalogue, 'list.none');
}
