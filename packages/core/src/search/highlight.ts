import { checkOptions } from '../arguments.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { analyzerFor, WORD } from './analysis.js';

/** A run of text, marked when it is a match. */
export interface TextSegment {
	text: string;
	highlight: boolean;
}

/**
 * Splits `text` into segments, marking words that have one of `terms` among their forms in the
 * locale's analysis (as a search hit reports them), and trims it to a window of about `maxWords`
 * around the first match. `language`, where the text is in one language only (a story's text is in
 * English), stems its words in that language alone, as search indexes them.
 * @example highlight({ text: story.text, terms: hit.terms, maxWords: 40, language: 'en' })
 */
export function highlight(options: {
	text: string;
	terms: readonly string[];
	maxWords?: number | undefined;
	locale?: Locale | undefined;
	language?: Locale | undefined;
}): TextSegment[] {
	const args = checkOptions('highlight', options, [
		'text',
		'terms',
		'maxWords',
		'locale',
		'language',
	]);
	const analyzer = analyzerFor(args.locale(), args.optionalOneOf('language', LOCALES));
	const text = args.string('text');
	const terms = args.optionalStrings('terms') ?? [];
	const maxWords =
		args.optionalInteger('maxWords', { min: 1, max: Number.MAX_SAFE_INTEGER }) ??
		Number.POSITIVE_INFINITY;
	const wanted = new Set(terms);
	const words = [...text.matchAll(WORD)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		word: match[0],
	}));
	// words are analyzed up to the first hit and within the passage shown, not to the end of a story
	const isHit = ({ word }: { word: string }) =>
		analyzer.forms(word).some((form) => wanted.has(form));
	const firstHit = Math.max(0, words.findIndex(isHit));
	const from = words.length > maxWords ? Math.max(0, firstHit - Math.floor(maxWords / 3)) : 0;
	const to = Math.min(words.length, from + maxWords);
	const start = from === 0 ? 0 : (words[from]?.start ?? 0);
	const end = to >= words.length ? text.length : (words[to - 1]?.end ?? text.length);
	const segments: TextSegment[] = [];
	const push = (piece: string, isHit: boolean) => {
		if (!piece) return;
		const last = segments.at(-1);
		if (last && last.highlight === isHit) last.text += piece;
		else segments.push({ text: piece, highlight: isHit });
	};
	if (start > 0) push('…', false);
	let cursor = start;
	for (const word of words.slice(from, to)) {
		push(text.slice(cursor, word.start), false);
		push(text.slice(word.start, word.end), isHit(word));
		cursor = word.end;
	}
	push(text.slice(cursor, end), false);
	if (end < text.length) push('…', false);
	return segments;
}

/**
 * Marks every occurrence of the given verbatim phrases in `text` (e.g. a story's tag evidence).
 * @example markPhrases({ text: story.text, phrases: story.tags.map((tag) => tag.evidence) })
 */
export function markPhrases(options: { text: string; phrases: readonly string[] }): TextSegment[] {
	const args = checkOptions('markPhrases', options, ['text', 'phrases']);
	const text = args.string('text');
	const phrases = args.optionalStrings('phrases') ?? [];
	const marked = new Array<boolean>(text.length).fill(false);
	for (const phrase of phrases) {
		for (let at = text.indexOf(phrase); phrase && at >= 0; at = text.indexOf(phrase, at + 1)) {
			marked.fill(true, at, at + phrase.length);
		}
	}
	const segments: TextSegment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = segments.at(-1);
		if (last && last.highlight === marked[i]) last.text += text[i];
		else segments.push({ text: text[i] ?? '', highlight: marked[i] ?? false });
	}
	return segments;
}
