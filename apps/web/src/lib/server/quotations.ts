/** @module a sentence of ours split at its quotations, so the booklet's words it quotes are marked as English */
import { bookletText } from '@mgi-stories/core/booklet';
import { escapeRegExp, phraseParts } from '$lib/english-names';
import type { SentencePart } from '$lib/types';

// « … » (French, with U+202F inside) or “…” (Spanish and English)
const QUOTATION = /(«\u202f?|“)([^«»“”]+?)(?:\u202f?»|”)/gu;

const comparable = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
let booklet: string | undefined;

/**
 * Whether the words are the booklet's, whole words in any case: it prints its headings in capitals
 * ("FOREWORD"), and « Tema » is no quotation of its "system".
 */
const isBookletWords = (words: string) => {
	booklet ??= comparable(bookletText);
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${escapeRegExp(comparable(words))}(?![\\p{L}\\p{N}])`,
		'u',
	).test(booklet);
};

// a quotation in the English text a sentence translates: "…" or “…”
const ENGLISH_QUOTATION = /["“]([^"“”]+)["”]/gu;

/**
 * The parts of a sentence, each quotation of the booklet's words apart and marked as English:
 * « Qu’elles montrent « the full range » ne peut pas être vérifié » → the quoted words in English.
 * A quotation that is not the booklet's (one of our labels) stays in the sentence's language,
 * unless `original`, the English text the sentence translates, quotes the same words: a translated
 * rule keeps « a source of data » in English as its original does. `english` are words the sentence gives unquoted that are English wherever it is shown (a
 * claim's facts as the booklet prints them: "António Vitorino, IOM Director General").
 */
export function quotedParts(
	sentence: string,
	english: readonly string[] = [],
	original?: string,
): SentencePart[] {
	// what a translation keeps in English: the words its English original quotes, quoted as they are
	const kept = new Set(
		original !== undefined && original !== sentence
			? [...original.matchAll(ENGLISH_QUOTATION)].map(([, words = '']) => words)
			: [],
	);
	const parts: SentencePart[] = [];
	let from = 0;
	for (const match of sentence.matchAll(QUOTATION)) {
		const [, open = '', words = ''] = match;
		if (!isBookletWords(words) && !kept.has(words)) continue;
		const start = match.index + open.length;
		if (start > from) parts.push({ text: sentence.slice(from, start) });
		parts.push({ text: words, lang: 'en' });
		from = start + words.length;
	}
	if (from < sentence.length) parts.push({ text: sentence.slice(from) });
	return parts.flatMap((part) => phraseParts(part, english));
}
