/**
 * Rewrites the generated blocks of the documents written from the data (VOCABULARY.md, the root
 * README's sources). `--check` fails, without writing, when a document is not what the data gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ROOT_README, renderReadmeSources } from './sources-doc.js';
import { renderVocabularyDoc, VOCABULARY_DOC } from './vocabulary-doc.js';

const DOCUMENTS: ReadonlyArray<readonly [string, (document: string) => string]> = [
	[VOCABULARY_DOC, renderVocabularyDoc],
	[ROOT_README, renderReadmeSources],
];

for (const [path, render] of DOCUMENTS) {
	const current = readFileSync(path, 'utf8');
	const next = render(current);
	if (next === current) continue;
	if (process.argv.includes('--check')) {
		console.error(`${path} is out of date: run \`pnpm --filter @mgi-stories/core docs\``);
		process.exitCode = 1;
	} else writeFileSync(path, next);
}
