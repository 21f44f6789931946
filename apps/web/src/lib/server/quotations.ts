/** @module a sentence of ours split at its quotations, so the booklet's words it quotes are marked as English */
import { bookletText } from '@mgi-stories/core/booklet';

/** a run of a sentence: the booklet's own words carry `lang: 'en'` */
export interface SentencePart {
	text: string;
	lang?: 'en';
}

// « … » (French, with U+202F inside), «…» (Spanish) or “…” (English)
const QUOTATION = /(«\u202f?|“)([^«»“”]+?)(?:\u202f?»|”)/gu;

const comparable = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
let booklet: string | undefined;

/** Whether the words are the booklet's, in any case: it prints its headings in capitals ("FOREWORD"). */
const isBookletWords = (words: string) => {
	booklet ??= comparable(bookletText);
	return booklet.includes(comparable(words));
};

/**
 * The parts of a sentence, each quotation of the booklet's words apart and marked as English:
 * « Qu’elles montrent « the full range » ne peut pas être vérifié » → the quoted words in English.
 * A quotation that is not the booklet's (one of our labels) stays in the sentence's language.
 */
export function quotedParts(sentence: string): SentencePart[] {
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
	return parts;
}
