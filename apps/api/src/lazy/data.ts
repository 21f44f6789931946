/**
 * @module the data the Worker's modules leave out (scripts/core-imports.mjs): core's large generated
 * tables, each a static asset of its JSON texts (one a line), fetched before the first module that reads it is
 * evaluated. Where nothing is left out (Node, the tests: the tables are bundled), loading is a no-op.
 */

/** Reads a data asset's text by its name (the Worker: from its ASSETS binding). */
export type DataSource = (name: string) => Promise<string>;

let source: DataSource | undefined;
const loaded = new Map<string, readonly string[]>();
const loading = new Map<string, Promise<void>>();

/** Where the left-out data is read from; set once by the entry that bundles without it. */
export function setDataSource(read: DataSource): void {
	source = read;
}

function loadOne(read: DataSource, name: string): Promise<void> {
	let promise = loading.get(name);
	if (!promise) {
		promise = read(name).then(
			(text) => {
				loaded.set(name, text.split('\n'));
			},
			(error: unknown) => {
				// a failed read is tried again by the next request that needs it
				loading.delete(name);
				throw error;
			},
		);
		loading.set(name, promise);
	}
	return promise;
}

/** Fetches the named data assets (once per isolate) when the runtime bundles without them. */
export async function loadData(names: readonly string[]): Promise<void> {
	const read = source;
	if (read) await Promise.all(names.map((name) => loadOne(read, name)));
}

/** The JSON texts of a left-out table, in the order of its module's source: read at that module's evaluation. */
export function dataParts(name: string): readonly string[] {
	const parts = loaded.get(name);
	if (!parts) {
		throw new Error(
			`data asset ${name} was read before it was loaded: list it for its lazy module in src/lazy/load.ts`,
		);
	}
	return parts;
}
