import { checkArgument } from '../arguments.js';

/**
 * Folds case, accents and punctuation so "Côte d’Ivoire", "cote d'ivoire" and "COTE-D-IVOIRE" compare equal.
 * @example normalizeName('Côte d’Ivoire') // 'cote d ivoire'
 */
export function normalizeName(text: string): string {
	return checkArgument('normalizeName', 'text', text)
		.string('text')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Turns a name into a URL slug.
 * @example slugify('São Paulo') // 'sao-paulo'
 */
export function slugify(text: string): string {
	return normalizeName(checkArgument('slugify', 'text', text).string('text')).replace(/ /g, '-');
}
