declare module 'stopword' {
	/** stop words of English, French and Spanish (the package's lists, lowercase) */
	export const eng: readonly string[];
	export const fra: readonly string[];
	export const spa: readonly string[];
}
