// Writes the generated parts of VOCABULARY.md (the facet sections and the table of stories) from
// data/vocabulary.json and data/classification.json, so that a tag change is a data change only.
// `pnpm docs` (scripts/docs.ts) writes it; `--check` fails when it is stale.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stories, vocabulary } from '../src/data.js';
import { countFacets } from '../src/stats/count-facets.js';
import { renderGeneratedBlocks, table } from './markdown.js';

export const VOCABULARY_DOC = join(dirname(fileURLToPath(import.meta.url)), '..', 'VOCABULARY.md');

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
export const renderVocabularyDoc = (document: string): string =>
	renderGeneratedBlocks(document, SECTIONS, 'VOCABULARY.md');
