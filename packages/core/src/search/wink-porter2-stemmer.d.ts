declare module 'wink-porter2-stemmer' {
	/** The Porter2 (Snowball English) stem of a word, lowercased. */
	export default function stem(word: string): string;
}
