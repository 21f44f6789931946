/** @module the cited_answer prompt: sets up an answer that quotes the booklet verbatim and cites it */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { BOOKLET } from './attribution.js';
import { MAX_TEXT } from './tools/arguments.js';

export function registerCitedAnswerPrompt(server: McpServer): void {
	server.registerPrompt(
		'cited_answer',
		{
			title: 'Answer from the MGI success stories, quoted and cited',
			description: `Answer a question from ${BOOKLET}, quoting it verbatim and citing it.`,
			argsSchema: {
				question: z
					.string()
					.max(MAX_TEXT * 10)
					.describe('The question to answer'),
			},
		},
		({ question }) => ({
			messages: [
				{
					role: 'user',
					content: {
						type: 'text',
						text: [
							`Answer this question from ${BOOKLET}, using the mgi-stories tools: ${question}`,
							'',
							"1. Find the stories with search_stories, the governments with resolve_government or list_governments, the booklet's numbers with check_claims.",
							'2. Read each story you use with get_story. Quote its words exactly, in quotation marks, with its booklet page: never paraphrase a quote, never translate it (the booklet is CC BY-NC-ND 3.0 IGO).',
							"3. Say which statements are the project's reading (the classification, the claims' verdicts), not IOM's words.",
							'4. If a tool says "no match" or "not a participant", or finds no story, say so: do not guess or substitute another government.',
							"5. End with the required citation the tools give, and the story's citation from cite.",
						].join('\n'),
					},
				},
			],
		}),
	);
}
