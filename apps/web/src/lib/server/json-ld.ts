/** @module JSON-LD for <script type="application/ld+json">, serialized so it cannot close the element */

/** JSON with `<`, `>`, `&` and the JS line separators escaped: safe as the text of a script element. */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
