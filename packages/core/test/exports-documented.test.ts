import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
	'src/index.ts',
	'src/search/index.ts',
	'src/resolve.ts',
	'src/i18n/index.ts',
	'src/data.ts',
	'src/booklet.ts',
];

/** Every export of the public entries, with its doc comment and whether it is a function. */
function publicExports() {
	const program = ts.createProgram(
		entries.map((entry) => join(packageDir, entry)),
		{
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
			strict: true,
		},
	);
	const checker = program.getTypeChecker();
	return entries.flatMap((entry) => {
		const source = program.getSourceFile(join(packageDir, entry));
		const module = source && checker.getSymbolAtLocation(source);
		if (!module) throw new Error(`no module ${entry}`);
		return checker.getExportsOfModule(module).map((exported) => {
			const symbol =
				exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			const declaration = symbol.declarations?.[0];
			const tags = declaration ? ts.getJSDocTags(declaration) : [];
			const documented =
				ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '' ||
				tags.length > 0;
			const isFunction =
				declaration !== undefined &&
				(ts.isFunctionDeclaration(declaration) ||
					(ts.isVariableDeclaration(declaration) &&
						declaration.initializer !== undefined &&
						ts.isArrowFunction(declaration.initializer)));
			return {
				name: `${entry}: ${exported.name}`,
				documented,
				example: tags.some((tag) => tag.tagName.text === 'example'),
				isFunction,
			};
		});
	});
}

describe('the public API', () => {
	const exports = publicExports();

	it('has a doc comment on every export', () => {
		expect(exports.filter((entry) => !entry.documented).map((entry) => entry.name)).toEqual([]);
	});

	it('has an @example on every function', () => {
		expect(
			exports.filter((entry) => entry.isFunction && !entry.example).map((entry) => entry.name),
		).toEqual([]);
	});
});
