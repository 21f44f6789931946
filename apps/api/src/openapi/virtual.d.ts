/** the OpenAPI document as JSON text, generated at build time by scripts/openapi-document.mjs */
declare module 'virtual:openapi-document' {
	const document: string;
	export default document;
}
