/** @module finds text a translated page shows outside its catalogue: the English catalogue's words, or on a pseudo-locale page anything not pseudo (used by the build tests) */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { PSEUDO_RUN } from '../build-steps/pseudo-locale.js';

/** Every text a locale's message catalogue can show: each message, or each of its variants. */
export function catalogueTexts(locale: string): string[] {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'),
	);
	return Object.values(messages).flatMap((message) =>
		typeof message === 'string'
			? [message]
			: (message as { match: Record<string, string> }[]).flatMap((variant) =>
					Object.values(variant.match),
				),
	);
}

/** attributes people read or hear: alternative texts, labels, titles, placeholders */
const READ_ATTRIBUTES = ['alt', 'aria-label', 'aria-description', 'title', 'placeholder'];
/** meta elements whose content is shown in search results and link previews */
const READ_META =
	/^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

/**
 * The text of a page a reader meets in the page's own language (its `<html lang>`): text nodes, read
 * attributes and the page's title and descriptions, leaving out scripts, styles and every element
 * marked with another language (the booklet's words, `lang="en"`).
 */
export function pageLanguageText(html: string): string[] {
	const texts: string[] = [];
	// one entry per open element: is it (or an ancestor) in another language than the page?
	const foreign: boolean[] = [];
	let pageLanguage: string | undefined;
	let skip = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const inherited = foreign.at(-1) ?? false;
				const lang = attributes.lang;
				if (name === 'html') pageLanguage = lang;
				const isForeign = lang === undefined ? inherited : lang !== pageLanguage;
				foreign.push(isForeign);
				if (name === 'script' || name === 'style') skip++;
				if (isForeign) return;
				for (const attribute of READ_ATTRIBUTES) {
					const value = attributes[attribute];
					if (value) texts.push(value);
				}
				const metaName = attributes.name ?? attributes.property ?? '';
				if (name === 'meta' && READ_META.test(metaName) && attributes.content) {
					texts.push(attributes.content);
				}
			},
			ontext(text) {
				if (skip === 0 && !(foreign.at(-1) ?? false) && text.trim()) texts.push(text);
			},
			onclosetag(name) {
				foreign.pop();
				if (name === 'script' || name === 'style') skip--;
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	return texts;
}

/**
 * The phrases of a catalogue worth looking for: each message's literal text between its
 * placeholders, at least two words or one word of nine letters or more (shorter single words,
 * such as "national", are also French or Spanish words or turn up in quoted names), unless the
 * translation keeps it ("API", "CSV").
 */
export function cataloguePhrases(english: string[], translated: string[]): string[] {
	// compared without case: "National" in a French message keeps "national" from being English only
	const kept = new Set(translated.flatMap(fragments).map((phrase) => phrase.toLowerCase()));
	return [
		...new Set(
			english
				.flatMap(fragments)
				.filter((phrase) => !kept.has(phrase.toLowerCase()))
				.filter((phrase) => phrase.includes(' ') || phrase.length >= 9),
		),
	];
}

/** the literal pieces of a message: `All {count} success stories` → `All`, `success stories` */
function fragments(message: string): string[] {
	return message
		.split(/\{[^}]*\}/)
		.map((piece) => piece.replace(/^[\s,.;:·—–()“”"‘’'…]+|[\s,.;:·—–()“”"‘’'…]+$/g, ''))
		.filter((piece) => /\p{L}{3}/u.test(piece));
}

/**
 * The phrases found in the texts, as whole words: "Search" is not found in "Research", nor
 * "governments" in the file name "governments.csv", nor "national" in the id "voluntary-national-review".
 */
export function englishPhrasesIn(texts: string[], phrases: string[]): string[] {
	const text = texts.join('\n').replace(/\s+/g, ' ');
	return phrases.filter((phrase) =>
		new RegExp(
			`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}-]|\\.\\p{L})`,
			'u',
		).test(text),
	);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** what a page may show outside its messages: numbers, codes in capitals ("KAZ", "SDG 10"), punctuation */
const NOT_WORDS = /^[\p{N}\p{Lu}\p{P}\p{S}\p{Z}\s]*$/u;
/** a content hash, as the dataset's version is ("83036cb8ccab8ddc"): a code, not words */
const HASH = /(?<![\p{L}\p{N}])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![\p{L}\p{N}])/gu;
/** an address, a file or a package the page names ("excel/stories.csv", "https://…", "@mgi-stories/core") */
const ADDRESS =
	/^(?:\(\.[a-z]{2,4}\)|https?:\/\/\S+|[\w./-]*\.[a-z]{2,4}(?:\/\S*)?|[\w.+-]+@[\w.-]+|@[\w-]+\/[\w-]+)$/;

/**
 * The texts of a pseudo-locale page that did not come from its catalogue: each text, with the names
 * and labels the page may show as they are taken out (`shown`: core's, which has no pseudo words,
 * and proper names), then the catalogue's pseudo runs, must be left with numbers, codes, addresses
 * and punctuation only. Gives what is left, piece by piece.
 */
export function pseudoLeaks(texts: string[], shown: ReadonlySet<string>): string[] {
	const longestFirst = [...shown].sort((a, b) => b.length - a.length);
	const pieces = (text: string) =>
		text
			.replace(PSEUDO_RUN, '\n')
			.split('\n')
			.map((piece) => piece.trim())
			.filter((piece) => !NOT_WORDS.test(piece.replace(HASH, '')) && !ADDRESS.test(piece));
	return texts.flatMap((text) => {
		if (pieces(text).length === 0) return [];
		// names first: a pseudo run may hold one ("[Ŕééááď óóf San José]"), and a name may hold accents
		let rest = text;
		for (const name of longestFirst) if (rest.includes(name)) rest = rest.replaceAll(name, '\n');
		return pieces(rest);
	});
}
