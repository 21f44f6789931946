/**
 * @module light stemmers for French and Spanish: Jacques Savoy's, which take off endings (plural,
 * feminine) and not the suffixes that make other words, as Apache Lucene ships them
 * (`FrenchMinimalStemmer`, `SpanishLightStemmer`; Apache-2.0). Snowball's stemmers also take off
 * those suffixes (« traitement » and « traite » both `trait`, « fondé » and « fonds » both `fond`),
 * which in the short French and Spanish texts search stems, labels and synonyms, are false hits.
 * Both take a lowercase word.
 */

/**
 * Savoy's minimal French stemmer: a word of six letters or more loses a plural `-x` (`-aux` →
 * `-al`) or, in turn, a final `-s`, `-r`, `-e`, `-é` and one of a doubled letter.
 * @example frenchLightStem('nationales') // 'national'
 */
export function frenchLightStem(word: string): string {
	const letters = [...word];
	let length = letters.length;
	if (length < 6) return word;
	if (letters[length - 1] === 'x') {
		if (letters[length - 3] === 'a' && letters[length - 2] === 'u') letters[length - 2] = 'l';
		return letters.slice(0, length - 1).join('');
	}
	for (const ending of ['s', 'r', 'e', 'é']) {
		if (letters[length - 1] === ending) length -= 1;
	}
	if (letters[length - 1] === letters[length - 2] && /\p{L}/u.test(letters[length - 1] ?? '')) {
		length -= 1;
	}
	return letters.slice(0, length).join('');
}

/** the vowels Savoy's Spanish stemmer reads without their accent */
const UNACCENTED: Readonly<Record<string, string>> = {
	à: 'a',
	á: 'a',
	â: 'a',
	ä: 'a',
	ò: 'o',
	ó: 'o',
	ô: 'o',
	ö: 'o',
	è: 'e',
	é: 'e',
	ê: 'e',
	ë: 'e',
	ù: 'u',
	ú: 'u',
	û: 'u',
	ü: 'u',
	ì: 'i',
	í: 'i',
	î: 'i',
	ï: 'i',
};

/**
 * Savoy's light Spanish stemmer: a word of five letters or more, read without accents, loses a
 * final `-a`, `-e` or `-o` (gender), or a plural `-os`, `-as`, `-es` (`-eses` → `-es`, `-ces` → `-z`).
 * @example spanishLightStem('políticas') // 'politic'
 */
export function spanishLightStem(word: string): string {
	const letters = [...word];
	const length = letters.length;
	if (length < 5) return word;
	const plain = letters.map((letter) => UNACCENTED[letter] ?? letter);
	const at = (fromEnd: number) => plain[length - fromEnd];
	const stem = (drop: number) => plain.slice(0, length - drop).join('');
	switch (at(1)) {
		case 'a':
		case 'e':
		case 'o':
			return stem(1);
		case 's':
			if (at(2) === 'e' && at(3) === 's' && at(4) === 'e') return stem(2);
			if (at(2) === 'e' && at(3) === 'c') return `${stem(3)}z`;
			if (at(2) === 'o' || at(2) === 'a' || at(2) === 'e') return stem(2);
	}
	return plain.join('');
}
