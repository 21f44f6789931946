/** @module a sentence of ours split at its quotations, so the booklet's words it quotes are marked as English */
import { bookletText } from '@mgi-stories/core/booklet';
import type { SentencePart } from '$lib/types';

// « … » (French, with U+202F inside), «…» (Spanish) or “…” (English)
const QUOTATION = /(«\u202f?|“)([^«»“”]+?)(?:\u202f?»|”)/gu;

const comparable = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
let booklet: string | undefined;

/** Whether the words are the booklet's, in any case: it prints its headings in capitals ("FOREWORD"). */
const isBookletWords = (words: string) => {
	booklet ??= comparable(bookletText);
	return booklet.includes(comparable(words));
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `part` split at each of `phrases`, each phrase marked as English */
function phraseParts(part: SentencePart, phrases: readonly string[]): SentencePart[] {
	if (part.lang || phrases.length === 0) return [part];
	const pattern = new RegExp(`(${phrases.map(escapeRegExp).join('|')})`, 'u');
	return part.text
		.split(pattern)
		.filter((text) => text !== '')
		.map((text) => (phrases.includes(text) ? { text, lang: 'en' as const } : { text }));
}

/**
 * The parts of a sentence, each quotation of the booklet's words apart and marked as English:
 * « Qu’elles montrent « the full range » ne peut pas être vérifié » → the quoted words in English.
 * A quotation that is not the booklet's (one of our labels) stays in the sentence's language.
 * `english` are words the sentence gives unquoted that are English wherever it is shown (a
 * claim's facts as the booklet prints them: "António Vitorino, IOM Director General").
 */
export function quotedParts(sentence: string, english: readonly string[] = []): SentencePart[] {
	const parts: SentencePart[] = [];
	let from = 0;
	for (const match of sentence.matchAll(QUOTATION)) {
		const [, open = '', words = ''] = match;
		if (!isBookletWords(words)) continue;
		const start = match.index + open.length;
		if (start > from) parts.push({ text: sentence.slice(from, start) });
		parts.push({ text: words, lang: 'en' });
		from = start + words.length;
	}
	if (from < sentence.length) parts.push({ text: sentence.slice(from) });
	return parts.flatMap((part) => phraseParts(part, english));
}
