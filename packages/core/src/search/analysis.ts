/**
 * @module how text becomes search terms, per language: words (numbers kept whole, "covid19" split
 * like "COVID-19"), French elision dropped, stop words dropped, case and accents folded, and each
 * word indexed as written and by its stem in every language of the analyzer. The analyzer of a
 * locale is that locale's language plus English, the language of the booklet.
 */
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { eng, fra, spa } from 'stopword';
import englishStem from 'wink-porter2-stemmer';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';

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
	stopWords: readonly string[];
	stem: (word: string) => string;
}

/**
 * The most letters a French or Spanish stem may take off a word. Snowball's French and Spanish
 * stemmers also take off the suffixes that make other words (« traitement » → `trait`, like
 * « traite »; « fondées » → `fond`, like « fonds »; « données » → `don`), and in the short texts
 * they stem here (tag labels, synonyms, names) such a match is a false hit; an ending (plural,
 * feminine: « santés », « nationales », “fronteras”) is at most two letters. Where a stem takes
 * off more, the word is indexed as written only, and prefixes and typos still find its forms.
 */
const MAX_ENDING = 2;

/** a stemmer that stems only the words whose stem takes off no more than an ending */
const endingsOnly =
	(stem: (word: string) => string) =>
	(word: string): string => {
		const stemmed = stem(word);
		return word.length - stemmed.length <= MAX_ENDING ? stemmed : word;
	};

const LANGUAGES: Record<Locale, Language> = {
	en: { stopWords: eng, stem: englishStem },
	fr: { stopWords: fra, stem: endingsOnly(frenchStem) },
	es: { stopWords: spa, stem: endingsOnly(spanishStem) },
};

/** forms remembered per analyzer; the table starts over beyond it, so queries cannot grow it */
const MAX_REMEMBERED = 20_000;

export interface Analyzer {
	locale: Locale;
	/** true for a stop word of one of the analyzer's languages, or a lone letter */
	isStopWord(word: string): boolean;
	/** a word's index terms: as written (folded) and its stem in each language, each once; none for a stop word */
	forms(word: string): string[];
}

function createAnalyzer(locale: Locale): Analyzer {
	const languages = [...new Set([LANGUAGES[DEFAULT_LOCALE], LANGUAGES[locale]])];
	const stopWords = new Set(languages.flatMap((language) => language.stopWords.map(fold)));
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
					...new Set([fold(lower), ...languages.map((language) => fold(language.stem(lower)))]),
				];
			if (remembered.size >= MAX_REMEMBERED) remembered.clear();
			remembered.set(word, forms);
			return forms;
		},
	};
}

const analyzers = new Map<Locale, Analyzer>();

/** The analyzer of a locale: its language and English. */
export function analyzerFor(locale: Locale): Analyzer {
	let analyzer = analyzers.get(locale);
	if (!analyzer) {
		analyzer = createAnalyzer(locale);
		analyzers.set(locale, analyzer);
	}
	return analyzer;
}
