/** @module what the search engine indexes of each story and government, in English, French and Spanish */
import { governments, stories, vocabulary } from '../data.js';
import { searchSynonyms } from '../generated/search-synonyms.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId, namesOf } from '../governments/name-index.js';
import { LOCALES, type Locale, TRANSLATED_LOCALES } from '../i18n/locale.js';
import { governmentName, regionName } from '../i18n/names.js';
import type { Country, Government, Story } from '../types.js';
import { facetLabel } from '../vocabulary/facet-label.js';
import { type Defined, definedAbbreviations } from './abbreviations.js';
import { analyzerFor, tokenize } from './analysis.js';
import type { DocumentSource, SearchDocument, TextsByLanguage } from './engine.js';

/** A value computed on first use: importing search analyzes no text. */
function once<T>(compute: () => T): () => T {
	let value: T | undefined;
	return () => {
		value ??= compute();
		return value;
	};
}

/** A label followed by the abbreviations the vocabulary defines for it: "… objective (GCM)". */
const withAbbreviations = (defined: Defined) => {
	const abbreviations = definedAbbreviations(defined);
	return abbreviations.length > 0
		? `${defined.label} (${abbreviations.join(', ')})`
		: defined.label;
};

const tagKey = (facet: string, value: string) => `${facet}/${value}`;

/** texts in each language */
type ByLanguage = Record<Locale, string[]>;

/**
 * How each tag reads in each language: in English the facet and value (with the abbreviations the
 * vocabulary defines: "Global Compact for Migration objective (GCM): Facilitate fair…"), in French
 * and Spanish the value's label; then our synonyms for it in that language.
 */
const tagTexts = once(
	() =>
		new Map<string, ByLanguage>(
			vocabulary.facets.flatMap((facet) =>
				facet.values.map((value) => {
					const synonym = synonymsOf().get(tagKey(facet.id, value.id));
					const label = (locale: Locale) =>
						locale === 'en'
							? `${withAbbreviations(facet)}: ${withAbbreviations(value)}`
							: facetLabel({ facet: facet.id, value: value.id, locale });
					return [
						tagKey(facet.id, value.id),
						byLanguage((locale) => [label(locale), ...(synonym?.[locale] ?? [])]),
					];
				}),
			),
		),
);
const byLanguage = (texts: (locale: Locale) => string[]): ByLanguage =>
	Object.fromEntries(LOCALES.map((locale) => [locale, texts(locale)])) as ByLanguage;
const allLanguages = (texts: ByLanguage | undefined): string[] =>
	texts ? LOCALES.flatMap((locale) => texts[locale]) : [];
/** texts by language as a document holds them: each language's joined */
const joinedByLanguage = (texts: readonly ByLanguage[]): TextsByLanguage =>
	Object.fromEntries(
		LOCALES.map((locale) => [locale, joined(texts.flatMap((each) => each[locale]))]),
	);
/**
 * How a tag of our classification reads to search, in every language (its labels and our synonyms):
 * what a query matched when it found a story by the tag.
 * @example tagSearchTexts({ facet: 'topic', value: 'health' }) // ['Topic: Health', 'Santé', 'Salud', 'migrant health', …]
 */
export const tagSearchTexts = (tag: { facet: string; value: string }): readonly string[] =>
	allLanguages(tagTexts().get(tagKey(tag.facet, tag.value)));
const synonymsOf = once(
	() =>
		new Map(
			searchSynonyms.synonyms.map((synonym) => [tagKey(synonym.facet, synonym.value), synonym]),
		),
);

/**
 * The values a story's own words name in English (a label or one of our English synonyms, as a
 * phrase: "COVID-19 pandemic" names covid-19), and the glossary's words it says, with their French
 * and Spanish words: how a query in another language finds what the English text says.
 */
const phraseTerms = (text: string) =>
	tokenize(text).flatMap((word) => analyzerFor('en').forms(word).slice(-1));
const named = (phrases: readonly string[], words: ByLanguage) => ({
	phrases: phrases.map(phraseTerms).filter((terms) => terms.length > 0),
	words,
});
const namedBy = once(() => [
	...vocabulary.facets.flatMap((facet) =>
		facet.values.map((value) =>
			named(
				[value.label, ...(synonymsOf().get(tagKey(facet.id, value.id))?.en ?? [])],
				tagTexts().get(tagKey(facet.id, value.id)) ?? byLanguage(() => []),
			),
		),
	),
	// the glossary's words reach only the stories whose own words they translate
	...searchSynonyms.glossary.map((entry) =>
		named(
			entry.en,
			byLanguage((locale) => [...entry[locale]]),
		),
	),
]);
const contains = (terms: readonly string[], phrase: readonly string[]) =>
	terms.some((_, at) => phrase.every((term, offset) => terms[at + offset] === term));

/** A theme a story's words name: our words for it in each language, and its English words' terms in the story's. */
export interface StoryTheme {
	words: TextsByLanguage;
	/** the index terms of the theme's English words that the story says ("judges" → `judg`) */
	terms: readonly string[];
}

/** the themes a text names, each with its words and the terms of those it says */
const themesOf = (text: string) => {
	const terms = phraseTerms(text);
	return namedBy().flatMap(({ phrases, words }) => {
		const said = phrases.filter((phrase) => contains(terms, phrase));
		return said.length > 0 ? [{ words, terms: [...new Set(said.flat())] }] : [];
	});
};

function mentions(story: Story): TextsByLanguage {
	return joinedByLanguage(
		themesOf(`${story.text} · ${story.photo?.caption ?? ''}`).map(({ words }) => words),
	);
}

/**
 * The themes a story's text names (not its caption), each with our words for it in every
 * language and the terms of the English words the text says: where a hit found through another
 * word for a theme can show the passage that names it.
 * @example storyThemes(requireStory({ slug: 'uruguay' })) // [{ words: { fr: 'juges …' }, terms: ['judg'] }, …]
 */
export const storyThemes = (story: Story): StoryTheme[] =>
	themesOf(story.text).map(({ words, terms }) => ({
		words: joinedByLanguage([words]),
		terms,
	}));

const regionNames = (country: Country): ByLanguage =>
	byLanguage((locale) =>
		[country.regionCode, country.subregionCode, country.intermediateRegionCode].flatMap((code) =>
			code ? [regionName(code, { locale })] : [],
		),
	);

/**
 * A government's title in a locale, as the site labels it: a country by its name, a local authority
 * by its name and its country's in brackets (« Montréal (Canada) », « Montreal (Canadá) »).
 */
const titleIn = (government: Government, locale: Locale): string =>
	government.kind === 'local'
		? `${governmentName(government, { locale })} (${governmentName(countryOf(government), { locale })})`
		: governmentName(government, { locale });

/** a government's title in each translated locale */
const localTitles = (government: Government): Partial<Record<Locale, string>> =>
	Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, titleIn(government, locale)]));

const joined = (parts: readonly (string | undefined)[]) =>
	[...new Set(parts.filter(Boolean))].join(' · ');

/**
 * What the search engine indexes of a story.
 * @example storyDocument(requireStory({ slug: 'cambodia' })).key // 'story:cambodia'
 */
export function storyDocument(story: Story): SearchDocument {
	const country = countryOf(story);
	return {
		...shownStory(story),
		labels: joinedByLanguage([
			...story.tags.flatMap((tag) => tagTexts().get(tagKey(tag.facet, tag.value)) ?? []),
			regionNames(country),
		]),
		mentions: mentions(story),
	};
}

/** A story's document without what is only indexed (its labels and the themes it names). */
function shownStory(story: Story): SearchDocument {
	const country = countryOf(story);
	return {
		key: `story:${story.slug}`,
		kind: 'story',
		id: story.slug,
		title: story.heading,
		titles: {},
		names: joined(namesOf(country)),
		labels: {},
		body: story.text,
		caption: story.photo?.caption ?? '',
		mentions: {},
	};
}

/**
 * What the search engine indexes of a government.
 * @example governmentDocument(governmentById({ id: 'BRA' })).key // 'government:BRA'
 */
export function governmentDocument(government: Government): SearchDocument {
	const country = countryOf(government);
	const local = government.kind === 'local';
	return {
		key: `government:${governmentId(government)}`,
		kind: 'government',
		id: governmentId(government),
		title: titleIn(government, 'en'),
		titles: localTitles(government),
		names: joined([...namesOf(government), ...(local ? namesOf(country) : [])]),
		labels: joinedByLanguage([regionNames(country)]),
		body: '',
		caption: '',
		mentions: {},
	};
}

/**
 * Every story, then every government, as the search engine indexes them.
 * @example createSearchEngine(searchDocuments()).search({ query: 'santé', locale: 'fr' })
 */
export const searchDocuments = (): SearchDocument[] => [
	...stories.map(storyDocument),
	...governments.map(governmentDocument),
];

/**
 * The documents as search shows its hits, for an engine whose indexes were built beforehand from
 * `searchDocuments()` (internal: `search()`'s): a story's labels and themes, which only the index
 * reads, are left out, so no text is analyzed at runtime; each is made when a hit first shows it.
 */
export function shownDocuments(): DocumentSource<SearchDocument> {
	const made = new Map<string, SearchDocument | undefined>();
	const make = (key: string) => {
		const [kind, id] = key.split(':', 2);
		if (kind === 'story') {
			const story = stories.find((each) => each.slug === id);
			return story && shownStory(story);
		}
		const government = governments.find((each) => governmentId(each) === id);
		return government && governmentDocument(government);
	};
	return {
		all: () => [...stories.map(shownStory), ...governments.map(governmentDocument)],
		byKey: (key) => {
			if (!made.has(key)) made.set(key, make(key));
			return made.get(key);
		},
	};
}
