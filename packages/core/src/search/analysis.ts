/**
 * @module how text becomes search terms, per language: words (numbers kept whole, "covid19" split
 * like "COVID-19"), French elision dropped, stop words dropped, case and accents folded, and each
 * word indexed as written and by its stem in every language of the analyzer, each stem marked with
 * its language. The analyzer of a locale is that locale's language plus English, the language of
 * the booklet.
 */
import { eng, fra, spa } from 'stopword';
import englishStem from 'wink-porter2-stemmer';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { frenchLightStem, spanishLightStem } from './light-stemmers.js';

/**
 * A word as search sees it: a number (with its decimals: "10.7") or a run of letters (with an
 * apostrophe inside: "country's", "l'intégration"). Letters and digits part: "covid19" is two words.
 */
export const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)?/gu;

/**
 * The words of a text, as search reads them (see `WORD`).
 * @example tokenize("Côte d'Ivoire, 2021") // ['Côte', "d'Ivoire", '2021']
 */
export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** l', d', qu', j', m', n', s', t', c' and the conjunctions ending in qu' */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;

/** Lowercase without accents or ligatures: "Œuvre" → "oeuvre", "São" → "sao". */
export const fold = (word: string) =>
	word
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '');

interface Language {
	locale: Locale;
	stopWords: readonly string[];
	stem: (word: string) => string;
}

/**
 * English's Porter2 (it keeps "general" and "generation" apart); French and Spanish are stemmed
 * lightly, by their endings only (see `light-stemmers.ts`).
 */
const LANGUAGES: Record<Locale, Language> = {
	en: { locale: 'en', stopWords: eng, stem: englishStem },
	fr: { locale: 'fr', stopWords: fra, stem: frenchLightStem },
	es: { locale: 'es', stopWords: spa, stem: spanishLightStem },
};

/**
 * A stem as an index term: a French or Spanish stem marked with its language, so that it matches
 * words of its own language only, never the booklet's English ("campo" → `es:camp`, not "camps");
 * an English stem as it is, most often the word itself, so the English text costs no second term.
 */
const stemTerm = (language: Language, folded: string) =>
	language.locale === DEFAULT_LOCALE
		? language.stem(folded)
		: `${language.locale}:${language.stem(folded)}`;

/** forms remembered per analyzer; the table starts over beyond it, so queries cannot grow it */
const MAX_REMEMBERED = 20_000;

export interface Analyzer {
	locale: Locale;
	/** true for a stop word of one of the analyzer's languages, or a lone letter */
	isStopWord(word: string): boolean;
	/** a word's index terms: as written (folded) and its stem in each language (French and Spanish ones marked: `fr:…`), each once; none for a stop word */
	forms(word: string): string[];
}

function createAnalyzer(locale: Locale, textLanguage: Locale | undefined): Analyzer {
	const languages = [...new Set([LANGUAGES[DEFAULT_LOCALE], LANGUAGES[locale]])];
	const stopWords = new Set(languages.flatMap((language) => language.stopWords.map(fold)));
	const stemmers = textLanguage ? [LANGUAGES[textLanguage]] : languages;
	const remembered = new Map<string, string[]>();
	const bare = (word: string) => word.replace(ELISION, '').replace(/['’]s$/u, '');
	const isStopWord = (word: string) => {
		const folded = fold(bare(word));
		return stopWords.has(folded) || /^\p{L}$/u.test(folded) || folded.length === 0;
	};
	return {
		locale,
		isStopWord,
		forms(word) {
			let forms = remembered.get(word);
			if (forms) return forms;
			const lower = bare(word).toLowerCase().replace(/['’]/g, '');
			if (isStopWord(word)) forms = [];
			else if (/^\p{N}/u.test(lower)) forms = [lower.replace(',', '.')];
			else
				forms = [
					...new Set([fold(lower), ...stemmers.map((language) => stemTerm(language, fold(lower)))]),
				];
			if (remembered.size >= MAX_REMEMBERED) remembered.clear();
			remembered.set(word, forms);
			return forms;
		},
	};
}

const analyzers = new Map<string, Analyzer>();

/**
 * The analyzer of a locale: the stop words of its language and English, and its words' stems in
 * both, as a query is read; or, for a text written in one language (`textLanguage`: a story's
 * text is English, a French label French), that language's stems only, so that a French word is
 * never read by the English stemmer (« fondé » → `en:fond`, like "fonds") nor an English word by
 * the French one.
 */
export function analyzerFor(locale: Locale, textLanguage?: Locale): Analyzer {
	const key = `${locale}/${textLanguage ?? ''}`;
	let analyzer = analyzers.get(key);
	if (!analyzer) {
		analyzer = createAnalyzer(locale, textLanguage);
		analyzers.set(key, analyzer);
	}
	return analyzer;
}
