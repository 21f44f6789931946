// The Worker's build leaves core's largest generated tables out of its modules: each table's JSON
// texts become a static asset (dist/assets/data/<name>.json, an array of strings) and its module is
// bundled with those texts read from src/lazy/data.ts instead, so core's code that parses them runs
// unchanged, on the data the Worker fetched through its ASSETS binding (src/lazy/load.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** core's generated modules (packages/core/scripts/generate-modules.ts) read only on first use */
export const DATA_MODULES = [
	'catalogue-translations',
	'resolver-table',
	'search-index',
	'search-synonyms',
];

const DATA_LOADER = fileURLToPath(new URL('../src/lazy/data.ts', import.meta.url));
const GENERATED = new RegExp(`[\\\\/]dist[\\\\/]generated[\\\\/](${DATA_MODULES.join('|')})\\.js$`);
/** a double-quoted string literal: the generator writes every JSON text as one (JSON.stringify) */
const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"/g;
/** shorter literals (names, keys) stay in the code */
const MIN_PART_LENGTH = 1000;

/** The module's source with its JSON texts read from the data asset, and those texts. */
export function splitDataModule(name, source) {
	const parts = [];
	const code = source.replace(STRING_LITERAL, (literal) => {
		if (literal.length < MIN_PART_LENGTH) return literal;
		const text = JSON.parse(literal);
		JSON.parse(text); // each part is JSON itself: a literal the pattern misread fails here
		parts.push(text);
		return `__parts[${parts.length - 1}]`;
	});
	if (parts.length === 0) throw new Error(`core's ${name} module holds no JSON text to leave out`);
	const head = `import { dataParts } from ${JSON.stringify(DATA_LOADER)};\nconst __parts = dataParts(${JSON.stringify(name)});\n`;
	return { code: head + code, parts };
}

/**
 * esbuild plugin: core's DATA_MODULES bundled without their data, written to `assetsDir`/data/
 * @param {{ assetsDir: string }} options
 */
export function esbuildCoreDataPlugin({ assetsDir }) {
	return {
		name: 'core-data',
		/** @param {import('esbuild').PluginBuild} b */
		setup(b) {
			const dataDir = join(assetsDir, 'data');
			b.onStart(() => {
				mkdirSync(dataDir, { recursive: true });
			});
			b.onLoad({ filter: GENERATED }, (args) => {
				const name = GENERATED.exec(args.path)?.[1] ?? '';
				const { code, parts } = splitDataModule(name, readFileSync(args.path, 'utf8'));
				writeFileSync(join(dataDir, `${name}.json`), JSON.stringify(parts));
				return { contents: code, loader: 'js', resolveDir: join(args.path, '..') };
			});
		},
	};
}
