// How the Worker's build imports core, so that its start evaluates only what it uses and its largest
// tables are no modules at all:
// - the app's imports of `@mgi-stories/core` name core's defining modules instead of its main entry,
//   whose re-exports would otherwise make esbuild's code splitting count every module core exports
//   as reached at start (the downloads' code and JSON Schemas, the claim checks, the value labels);
// - core's largest generated tables leave the modules: each table's JSON texts become a static asset
//   (dist/assets/data/<name>.txt, one a line) and its module is bundled with those texts
//   read from src/lazy/data.ts instead, so core's code that parses them runs unchanged, on the data
//   the Worker fetched through its ASSETS binding before importing it (src/lazy/load.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** core's generated modules (packages/core/scripts/generate-modules.ts) read only on first use */
export const DATA_MODULES = [
	'aliases',
	'catalogue-labels',
	'catalogue-sentences',
	'catalogue-translations',
	'json-schemas',
	'resolver-table',
	'search-index',
	'search-synonyms',
	'un-names',
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
		// each part is JSON itself (a literal the pattern misread fails here), and JSON.stringify
		// writes no line breaks: the asset holds one part a line
		JSON.parse(text);
		if (text.includes('\n'))
			throw new Error(`core's ${name} module holds a JSON text on several lines`);
		parts.push(text);
		return `__parts[${parts.length - 1}]`;
	});
	if (parts.length === 0) throw new Error(`core's ${name} module holds no JSON text to leave out`);
	const head = `import { dataParts } from ${JSON.stringify(DATA_LOADER)};\nconst __parts = dataParts(${JSON.stringify(name)});\n`;
	return { code: head + code, parts };
}

const EXPORT_FROM = /export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g;
const EXPORT_ALL = /export\s*\*\s*from\s*'([^']+)'/g;
const EXPORT_DECLARATION = /export\s+(?:const|let|function|class)\s+([\w$]+)/g;

/** Each name core's module `file` exports, with the module that defines it (tsc's output, read as text). */
function definingModules(file, found = new Map()) {
	const source = readFileSync(file, 'utf8');
	for (const [, name] of source.matchAll(EXPORT_DECLARATION)) found.set(name, file);
	for (const [, list, from] of source.matchAll(EXPORT_FROM)) {
		const target = resolve(dirname(file), from);
		for (const specifier of list
			.split(',')
			.map((each) => each.trim())
			.filter(Boolean)) {
			const [name, alias = name] = specifier.split(/\s+as\s+/);
			if (name !== alias) throw new Error(`${file} renames ${name}: follow it by hand`);
			found.set(name, target);
		}
	}
	for (const [, from] of source.matchAll(EXPORT_ALL)) {
		definingModules(resolve(dirname(file), from), found);
	}
	return found;
}

/** `import { … } from '@mgi-stories/core'` and `export { … } from '@mgi-stories/core'`, on any lines */
const CORE_IMPORT = /\b(import|export)\s*\{([^}]*)\}\s*from\s*'@mgi-stories\/core';/g;

/** The app's module `source` importing each name from the core module that defines it. */
export function importDefiningModules(source, modules) {
	return source.replace(CORE_IMPORT, (_, keyword, list) => {
		const specifiers = list
			.split(',')
			.map((each) => each.trim())
			.filter(Boolean);
		// type-only, so erased: no import of the main entry is left
		const types = specifiers
			.filter((each) => each.startsWith('type '))
			.map((each) => each.slice('type '.length));
		const statements =
			types.length > 0 ? [`${keyword} type { ${types.join(', ')} } from '@mgi-stories/core';`] : [];
		for (const specifier of specifiers.filter((each) => !each.startsWith('type '))) {
			const [name] = specifier.split(/\s+as\s+/);
			const file = modules.get(name);
			if (!file) throw new Error(`@mgi-stories/core exports no ${name}`);
			statements.push(`${keyword} { ${specifier} } from ${JSON.stringify(file)};`);
		}
		return statements.join(' ');
	});
}

/**
 * esbuild plugin: the app's (`appDir`) imports of core's main entry made from its defining modules
 * @param {{ appDir: string }} options
 */
export function esbuildCoreModulesPlugin({ appDir }) {
	const require = createRequire(join(appDir, 'package.json'));
	const modules = definingModules(require.resolve('@mgi-stories/core'));
	const appSource = new RegExp(
		`^${join(appDir, 'src').replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}[\\\\/].*\\.ts$`,
	);
	return {
		name: 'core-modules',
		/** @param {import('esbuild').PluginBuild} b */
		setup(b) {
			b.onLoad({ filter: appSource }, (args) => {
				const source = readFileSync(args.path, 'utf8');
				if (!source.includes("'@mgi-stories/core'")) return undefined;
				return { contents: importDefiningModules(source, modules), loader: 'ts' };
			});
		},
	};
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
				writeFileSync(join(dataDir, `${name}.txt`), parts.join('\n'));
				return { contents: code, loader: 'js', resolveDir: join(args.path, '..') };
			});
		},
	};
}
