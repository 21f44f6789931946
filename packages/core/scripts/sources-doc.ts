/** @module the root README's list of named sources, written from `datasetSources()` so it cannot go stale */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSources } from '../src/exports/provenance.js';
import { renderGeneratedBlocks } from './markdown.js';

export const ROOT_README = join(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'..',
	'..',
	'README.md',
);

/** One line per named source (a package or a dataset): what it is, its version, its licence, what it gives. */
function namedSources(): string {
	return datasetSources()
		.filter((source) => source.kind === 'package' || source.kind === 'dataset')
		.map((source) => {
			const title = source.url ? `[${source.title}](${source.url})` : source.title;
			const version = source.package ?? source.version ?? '';
			const fields = source.fields.map((field) => `\`${field}\``).join(', ');
			return `- ${title} — \`${version}\`, [${source.licence}](${source.licenceUrl}); gives ${fields}.`;
		})
		.join('\n');
}

/** The root README with its `<!-- generated:sources -->` block rewritten. */
export const renderReadmeSources = (document: string): string =>
	renderGeneratedBlocks(document, { sources: namedSources }, 'README.md');
