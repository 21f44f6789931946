/**
 * @module what each query word searches for: its forms that are index terms (as written, or by its
 * stem in a language of the analyzer), else words it begins (from 4 letters on), else words a typo
 * or two away (by its length, the nearest only, same first letter); never more than `MAX_EXPANSIONS` terms, each with a weight
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Analyzer } from './analysis.js';

/** index terms a query word may stand for, at most */
export const MAX_EXPANSIONS = 6;
/** query words shorter than this match whole words only: "de" must not find "democratic" */
export const MIN_PREFIX_LENGTH = 4;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.4;

/** Typos allowed in a word of this length: none below 6 letters (« fonds » is no typo for « fondé »), one up to 7, then two. */
export const maxTypos = (length: number) => (length >= 8 ? 2 : length >= 6 ? 1 : 0);

export interface QueryWord {
	/** the word as typed */
	word: string;
	/** index term → weight: what this word matches */
	terms: Map<string, number>;
}

/** The index's terms, to expand query words against. */
export class Vocabulary {
	readonly #words: ReadonlySet<string>;
	readonly #readerWords: ReadonlySet<string>;
	#tree: SearchableMap<true> | undefined;
	/**
	 * @param terms every index term
	 * @param readerTerms the terms a typo may stand for: those of the texts in the reader's language
	 * and of names (every term by default)
	 */
	constructor(terms: Iterable<string>, readerTerms?: Iterable<string>) {
		this.#words = new Set(terms);
		this.#readerWords = readerTerms ? new Set(readerTerms) : this.#words;
	}

	/** the terms as a radix tree, for prefixes and typos: built on the first word that needs one, as most words are terms */
	get #terms(): SearchableMap<true> {
		this.#tree ??= SearchableMap.from([...this.#words].map((term): [string, true] => [term, true]));
		return this.#tree;
	}

	/** A query word's terms: exact or by stem; else by prefix; else by typo (same first letter, a word of the reader's texts). */
	expand(word: string, analyzer: Analyzer): QueryWord {
		const forms = analyzer.forms(word);
		const terms = new Map<string, number>();
		for (const form of forms) if (this.#words.has(form)) terms.set(form, 1);
		const [typed = ''] = forms;
		if (terms.size === 0 && typed.length >= MIN_PREFIX_LENGTH && !/^\p{N}/u.test(typed)) {
			const longer: string[] = [];
			for (const term of this.#terms.atPrefix(typed).keys()) {
				longer.push(term);
				if (longer.length >= MAX_EXPANSIONS * 4) break;
			}
			longer.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
			for (const term of longer.slice(0, MAX_EXPANSIONS)) {
				terms.set(term, PREFIX_WEIGHT * (typed.length / term.length));
			}
		}
		const typos = maxTypos(typed.length);
		if (terms.size === 0 && typos > 0 && !/^\p{N}/u.test(typed)) {
			const near = [...this.#terms.fuzzyGet(typed, typos)]
				.filter(([term]) => term[0] === typed[0] && this.#readerWords.has(term))
				.sort(([a, [, da]], [b, [, db]]) => da - db || a.length - b.length || (a < b ? -1 : 1));
			// only the nearest words: "traficking" means trafficking, not "tracking" two edits away
			const nearest = near[0]?.[1][1];
			near.splice(MAX_EXPANSIONS);
			for (const [term, [, distance]] of near) {
				if (distance === nearest) terms.set(term, FUZZY_WEIGHT / distance);
			}
		}
		return { word, terms };
	}
}
