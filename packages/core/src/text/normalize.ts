/** Folds case, accents and punctuation so "Côte d’Ivoire", "cote d'ivoire" and "COTE-D-IVOIRE" compare equal. */
export function normalizeName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Turns a name into a URL slug: `São Paulo` → `sao-paulo`. */
export function slugify(text: string): string {
	return normalizeName(text).replace(/ /g, '-');
}
