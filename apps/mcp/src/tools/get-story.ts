/** @module get_story: one story's verbatim text, caption, credit and page, the classification labelled, the citation */
import {
	findStory,
	governmentById,
	governmentName,
	type Locale,
	type Story,
	stories,
	storiesOf,
} from '@mgi-stories/core';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { BOOKLET } from '../attribution.js';
import { storyRecord, storyText } from '../story-answer.js';
import { languageArgument, textArgument } from './arguments.js';
import { describeResolution } from './resolve-government.js';
import { answer } from './result.js';

const SLUGS = stories.map((story) => story.slug).join(', ');

function storiesAnswer(found: readonly Story[], locale: Locale) {
	return answer(found.map((story) => storyText(story, locale)).join('\n\n---\n\n'), {
		stories: found.map((story) => storyRecord(story, locale)),
	});
}

export function registerGetStory(server: McpServer): void {
	server.registerTool(
		'get_story',
		{
			title: 'Get a success story, verbatim, with its citation',
			description: `Returns a success story of ${BOOKLET} by slug or by government: its text, photo caption and credit exactly as printed, its booklet page, the project's classification (labelled as the project's reading, not IOM's words) and the required citation. The booklet is CC BY-NC-ND 3.0 IGO: quote the text word for word in quotation marks, never paraphrase or translate it, and end every answer with the required citation given here. Give exactly one of slug or country.`,
			inputSchema: {
				slug: textArgument(`The story's slug, one of: ${SLUGS}`).optional(),
				country: textArgument(
					'A government whose stories to return: a country or local authority name (English, French or Spanish) or ISO code',
				).optional(),
				language: languageArgument,
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		({ slug, country, language }) => {
			if ((slug === undefined) === (country === undefined))
				throw new Error('get_story takes exactly one of slug or country.');
			if (slug !== undefined) {
				const story = findStory({ slug });
				if (!story)
					throw new Error(`get_story: no story has the slug "${slug}"; the slugs are ${SLUGS}.`);
				return storiesAnswer([story], language);
			}
			const resolution = resolveGovernment({ query: country ?? '' });
			const best = resolution.candidates[0];
			const government =
				resolution.status === 'participant' && !resolution.ambiguous && best
					? governmentById({ id: best.id })
					: undefined;
			if (!government) return answer(describeResolution(resolution, language), { resolution });
			const found = storiesOf(government);
			if (found.length === 0)
				return answer(
					`${governmentName(government, { locale: language })} took part in the MGI (it is on the booklet's list of participating governments), but the booklet has no success story about it. Do not invent one.`,
					{ stories: [], resolution },
				);
			return storiesAnswer(found, language);
		},
	);
}
