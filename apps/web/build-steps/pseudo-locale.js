/**
 * @module the test-only pseudo-locale: English messages made accented and about 35 % longer, so a
 * build in it shows at a glance any text that did not come from the message catalogue and any
 * layout that breaks on longer words. Built only with `MGI_PSEUDO_LOCALE=1` (see site-build.js),
 * never deployed.
 */

/** Chrome's and Android's id for the accented English pseudo-locale. */
export const PSEUDO_LOCALE = 'en-XA';

const PLAIN = 'acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ';
/** their accented forms, in Latin-1 and Latin Extended-A, which the site's and share images' fonts carry */
const ACCENTS = 'áçďéĝĥíĵķĺñóŕšţúŵýžÁÇĎÉĜĤÍĴĶĹÑÓŔŠŢÚŴÝŽ';
const ACCENTED = new Map(
	[...PLAIN].map((letter, index) => [letter, [...ACCENTS][index] ?? letter]),
);
const VOWEL = /[aeiouy]/i;
/** how much longer a pseudo word is than its English one */
const GROWTH = 0.35;

/** "Stories" → "Šţóóŕííéés": each word accented and lengthened by doubling its vowels in turn. */
function pseudoWord(/** @type {string} */ word) {
	const letters = [...word];
	const vowels = letters.flatMap((letter, index) => (VOWEL.test(letter) ? [index] : []));
	const extra = Math.ceil(letters.length * GROWTH);
	const doubled = new Map();
	for (let turn = 0; turn < extra; turn++) {
		const at = vowels.length > 0 ? vowels[turn % vowels.length] : letters.length - 1;
		doubled.set(at, (doubled.get(at) ?? 0) + 1);
	}
	return letters
		.map((letter, index) => (ACCENTED.get(letter) ?? letter).repeat(1 + (doubled.get(index) ?? 0)))
		.join('');
}

/**
 * A message's text in the pseudo-locale: every word outside `{placeholders}` accented and longer,
 * the whole in brackets so that text cut off or pasted together shows (its own brackets made
 * full-width). Text without letters (a
 * quotation mark) stays as it is.
 * @param {string} text
 */
export function pseudoText(text) {
	if (!/\p{L}/u.test(text.replace(/\{[^}]*\}/g, ''))) return text;
	const words = text
		.split(/(\{[^}]*\})/)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/\p{L}+/gu, pseudoWord)))
		.join('')
		// a message's own brackets ("[Data set]") become full-width ones, so the pseudo run's stay its bounds
		.replaceAll('[', '［')
		.replaceAll(']', '］');
	return `[${words}]`;
}

/**
 * Text made by `pseudoText`, used by the tests to tell the catalogue's words from anything else on a
 * pseudo page: a bracketed run with accented letters (names the message was given included), or a
 * word with accented letters where a page splits a message over several elements.
 */
export const PSEUDO_RUN = new RegExp(
	`\\[[^\\]]*[${ACCENTS}][^\\]]*\\]|[^\\s\\[\\]]*[${ACCENTS}][^\\s\\[\\]]*`,
	'gu',
);

/**
 * @typedef {string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[]} Message
 */

/** @param {Message} message */
const pseudoMessage = (message) =>
	typeof message === 'string'
		? pseudoText(message)
		: message.map((variant) => ({
				...variant,
				match: Object.fromEntries(
					Object.entries(variant.match).map(([when, text]) => [when, pseudoText(text)]),
				),
			}));

/**
 * The pseudo-locale's catalogue, made from the English one: every message and every variant.
 * @param {Record<string, Message>} english the inlang message-format file of `en`
 * @returns {Record<string, Message>}
 */
export const pseudoCatalogue = (english) =>
	Object.fromEntries(
		Object.entries(english).map(([key, message]) => [
			key,
			key === '$schema' ? message : pseudoMessage(message),
		]),
	);

/** The pseudo-locale as the site's language switcher and Open Graph name it. */
export const PSEUDO_LANGUAGE = {
	name: pseudoText('English (pseudo)'),
	openGraph: 'en_XA',
	articles: [],
	elides: false,
	accentsPlaceNames: false,
};
