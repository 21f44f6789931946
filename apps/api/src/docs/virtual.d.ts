/** the docs' browser script, built from ./client.ts by scripts/docs-client.mjs */
declare module 'virtual:docs-client' {
	const script: string;
	export default script;
}
