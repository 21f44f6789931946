// Writes the README's route and download tables from the OpenAPI document the build generates from
// the routes (between the `<!-- routes -->` and `<!-- downloads -->` markers). `--check` only says
// whether they are current (test/readme.test.ts fails when they are not).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApiDocument } from './openapi-document.mjs';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const DOWNLOADS_TAG = 'Downloads';

/** @param {string[][]} rows the first is the header */
function table(rows) {
	const widths = rows[0].map((_, column) => Math.max(3, ...rows.map((row) => row[column].length)));
	const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	return [
		line(rows[0]),
		`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
		...rows.slice(1).map(line),
	].join('\n');
}

const escapePipes = (text) => text.replaceAll('|', '\\|');

/** @returns {{ path: string, operation: any }[]} the document's operations, in its order */
function operations(document) {
	return Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get }));
}

/** @returns {{ routes: string, downloads: string }} the two tables, as Markdown */
export function renderTables(document) {
	const routes = operations(document)
		.filter(({ operation }) => !operation.tags.includes(DOWNLOADS_TAG))
		.map(({ path, operation }) => {
			const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
			const parameters = query.length
				? ` Parameters: ${query.map((parameter) => `\`${parameter.name}\``).join(', ')}.`
				: '';
			return [
				`\`GET ${path}\``,
				`\`${operation.operationId}\``,
				escapePipes(`${operation.summary}.${parameters}`),
			];
		});
	const downloads = operations(document)
		.filter(({ operation }) => operation.tags.includes(DOWNLOADS_TAG))
		.map(({ path, operation }) => [
			`\`GET ${path}\``,
			`\`${Object.keys(operation.responses['200'].content).join('`, `')}\``,
			escapePipes(operation.description),
		]);
	return {
		routes: table([['Path', 'Operation', 'What'], ...routes]),
		downloads: table([['File', 'Media type', 'What'], ...downloads]),
	};
}

/** The README with both tables replaced. */
export function withTables(readme, tables) {
	let text = readme;
	for (const [name, markdown] of Object.entries(tables)) {
		const pattern = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`);
		if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> marker`);
		text = text.replace(pattern, (_, start, end) => `${start}\n\n${markdown}\n\n${end}`);
	}
	return text;
}

export async function currentReadme() {
	return withTables(readFileSync(README, 'utf8'), renderTables(await generateOpenApiDocument()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const expected = await currentReadme();
	if (process.argv.includes('--check')) {
		if (readFileSync(README, 'utf8') !== expected) {
			console.error('README.md tables are stale: run node scripts/readme-tables.mjs');
			process.exit(1);
		}
	} else {
		writeFileSync(README, expected);
	}
}
