/** @module cite: a story's citation in a bibliographic style */
import { CITATION_STYLES, cite, publicationOf, requireStory, stories } from '@mgi-stories/core';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { requiredCitation } from '../attribution.js';
import { textArgument } from './arguments.js';
import { answer } from './result.js';

export function registerCite(server: McpServer): void {
	server.registerTool(
		'cite',
		{
			title: 'Cite a story',
			description:
				"Gives the citation of a success story of IOM's booklet (with its page) in APA 7, Chicago, BibTeX or RIS, and the booklet's required citation. Use it verbatim wherever a story is quoted.",
			inputSchema: {
				story: textArgument(
					`The story's slug, one of: ${stories.map((story) => story.slug).join(', ')}`,
				),
				style: z.enum(CITATION_STYLES).default('apa').describe('apa, chicago, bibtex or ris'),
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		({ story: slug, style }) => {
			const story = requireStory({ slug });
			const citation = cite({ story, style });
			// a story is cited as part of its own edition, whichever is the latest
			const required = requiredCitation(publicationOf(story.edition));
			return answer(`${citation}\n\n${required}`, {
				story: slug,
				style,
				citation,
				requiredCitation: required,
			});
		},
	);
}
