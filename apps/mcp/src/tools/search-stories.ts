/** @module search_stories: which of the booklet's stories speak to a question */
import { type StoryFilter, stories, vocabulary } from '@mgi-stories/core';
import { type QueryOption, searchStories } from '@mgi-stories/core/search';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { BOOKLET, READING_LABEL, storyGovernment } from '../attribution.js';
import { labelledTags } from '../story-answer.js';
import { editionArgument, languageArgument, textArgument, valuesArgument } from './arguments.js';
import { answer } from './result.js';

const facetArguments = Object.fromEntries(
	vocabulary.facets.map((facet) => [
		facet.id,
		valuesArgument(
			`${facet.label} (${READING_LABEL}); one of: ${facet.values.map((value) => value.id).join(', ')}`,
		),
	]),
);

export function registerSearchStories(server: McpServer): void {
	server.registerTool(
		'search_stories',
		{
			title: 'Search the MGI success stories',
			description: `Finds the success stories of ${BOOKLET} by full-text query and filters. Returns each story's slug, heading, government and booklet page, not its text: call get_story for the verbatim text before saying anything about a story, then quote it word for word and give the required citation. Filters take the project's classification (its own reading, not IOM's words). An empty result means the booklet has no such story: say so rather than guess.`,
			inputSchema: {
				query: textArgument(
					'Words to search for in the stories (English, as the booklet is written); omit to list by filters only',
				).optional(),
				country: valuesArgument('A government: name, ISO code or local authority id'),
				region: valuesArgument('UN M49 region, sub-region or intermediate region: name or code'),
				level: valuesArgument('national or local'),
				...facetArguments,
				edition: editionArgument,
				language: languageArgument,
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		(args) => {
			const { language, ...filter } = args;
			// the facet values are checked by core, which names the values it accepts
			const found = searchStories(filter as StoryFilter & QueryOption).map((story) => ({
				slug: story.slug,
				heading: story.heading,
				government: storyGovernment(story, language),
				edition: story.edition,
				page: story.page,
				level: story.level,
				tags: labelledTags(story, language).map(({ facet, value, label }) => ({
					facet,
					value,
					label,
				})),
			}));
			const lines = found.map(
				(story) =>
					`- ${story.heading} (slug: ${story.slug}) — ${story.government}, booklet page ${story.page}`,
			);
			const text =
				found.length === 0
					? `No story of the booklet matches. The booklet has ${stories.length} success stories; do not invent one.`
					: `${found.length} of the booklet's success stories match:\n${lines.join('\n')}\n\nCall get_story with a slug for the verbatim text and its citation before quoting or describing a story.`;
			return answer(text, { stories: found, classificationIs: READING_LABEL });
		},
	);
}
