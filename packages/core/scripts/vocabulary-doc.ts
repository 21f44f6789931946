// Writes the generated parts of VOCABULARY.md (the facet sections and the table of stories) from
// data/vocabulary.json and data/classification.json, so that a tag change is a data change only.
// `--check` fails, without writing, when the file is not what the data gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stories, vocabulary } from '../src/data.js';
import { countFacets } from '../src/stats/count-facets.js';

export const VOCABULARY_DOC = join(dirname(fileURLToPath(import.meta.url)), '..', 'VOCABULARY.md');

type Align = 'left' | 'right';

/** A Markdown table with its columns padded to one width, as a formatter would leave it. */
function table(header: string[], rows: string[][], align: Align[]): string {
	const widths = header.map((cell, column) =>
		Math.max(3, cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
	);
	const pad = (cell: string, column: number) =>
		align[column] === 'right'
			? cell.padStart(widths[column] ?? 0)
			: cell.padEnd(widths[column] ?? 0);
	const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
	const rule = widths.map((width, column) =>
		align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
	);
	return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

const LABEL_EXCEPTION_PART = /^(\w+) labels$/;

function facetSections(): string {
	const counts = new Map(countFacets().map((facet) => [facet.facet, facet.values]));
	return vocabulary.facets
		.map((facet) => {
			const count = (value: string) =>
				counts.get(facet.id)?.find((entry) => entry.id === value)?.count ?? 0;
			const labelSource = vocabulary.attribution.exceptions.find(
				(exception) => LABEL_EXCEPTION_PART.exec(exception.part)?.[1] === facet.id,
			);
			const rows = facet.values.map((value) => [
				`\`${value.id}\``,
				value.label,
				value.description,
				String(count(value.id)),
			]);
			return [
				`### \`${facet.id}\` — ${facet.label}`,
				facet.description,
				`**Rule.** ${facet.rule}`,
				...(labelSource ? [labelSource.statement] : []),
				table(['Value', 'Label', 'Description', 'Stories'], rows, [
					'left',
					'left',
					'left',
					'right',
				]),
			].join('\n\n');
		})
		.join('\n\n');
}

function storiesSection(): string {
	const facets = vocabulary.facets;
	const rows = stories.map((story) => [
		`${story.heading} \`${story.slug}\``,
		...facets.map((facet) => {
			const values = story.tags
				.filter((tag) => tag.facet === facet.id)
				.map((tag) =>
					facet.id === 'gcmObjective' ? tag.value.replace('objective-', '') : tag.value,
				);
			return values.join(', ') || '—';
		}),
	]);
	const tags = stories.reduce((sum, story) => sum + story.tags.length, 0);
	const header = [
		'Story',
		...facets.map((facet) => (facet.id === 'gcmObjective' ? 'GCM objectives' : facet.label)),
	];
	return [
		`${stories.length} stories, ${tags} tags. Objective numbers refer to \`objective-N\` in the \`gcmObjective\` facet. The evidence for each tag is in \`data/classification.json\`.`,
		table(
			header,
			rows,
			header.map(() => 'left'),
		),
	].join('\n\n');
}

const SECTIONS: Record<string, () => string> = { facets: facetSections, stories: storiesSection };

/** VOCABULARY.md with every `<!-- generated:NAME -->` … `<!-- /generated:NAME -->` block rewritten. */
export function renderVocabularyDoc(document: string): string {
	return document.replace(
		/(<!-- generated:(\w+) -->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g,
		(_, open: string, name: string, close: string) => {
			const render = Object.hasOwn(SECTIONS, name) ? SECTIONS[name] : undefined;
			if (!render) throw new Error(`VOCABULARY.md: no generator for the block "${name}"`);
			return `${open}\n${render()}\n${close}`;
		},
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const current = readFileSync(VOCABULARY_DOC, 'utf8');
	const next = renderVocabularyDoc(current);
	if (process.argv.includes('--check')) {
		if (next !== current) {
			console.error('VOCABULARY.md is out of date: run `pnpm --filter @mgi-stories/core docs`');
			process.exit(1);
		}
	} else if (next !== current) writeFileSync(VOCABULARY_DOC, next);
}
