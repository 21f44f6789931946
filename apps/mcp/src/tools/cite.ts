/** @module cite: a story's citation in a bibliographic style */
import { CITATION_STYLES, cite, requireStory, stories } from '@mgi-stories/core';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { REQUIRED_CITATION } from '../attribution.js';
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
			const citation = cite({ story: requireStory({ slug }), style });
			return answer(`${citation}\n\n${REQUIRED_CITATION}`, {
				story: slug,
				style,
				citation,
				requiredCitation: REQUIRED_CITATION,
			});
		},
	);
}
