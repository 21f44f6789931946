/** the docs' browser script, built from ./client.ts, and stylesheet (./app.css), by scripts/docs-client.mjs */
declare module 'virtual:docs-client' {
	const script: string;
	export default script;
	export const style: string;
}
