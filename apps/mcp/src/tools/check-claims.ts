/** @module check_claims: the booklet's checkable claims about itself, each with its quote and our verdict */
import { checkClaims } from '@mgi-stories/core/i18n';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { publicationsOf, READING_LABEL, requiredCitation } from '../attribution.js';
import { editionArgument, languageArgument } from './arguments.js';
import { answer } from './result.js';

export function registerCheckClaims(server: McpServer): void {
	server.registerTool(
		'check_claims',
		{
			title: "Check the booklet's claims",
			description:
				"Checks every checkable claim the booklet's foreword and introduction make (how many countries and local authorities took part, how many stories, which regions…) against the booklet's own list and stories. Each claim comes with the booklet's words (verbatim: quote them exactly) and a verdict with its explanation, which is the project's reading, not IOM's. Where the booklet contradicts itself (e.g. 30 local authorities stated, 29 listed) report the disagreement; never correct the booklet or invent an entry.",
			inputSchema: { edition: editionArgument, language: languageArgument },
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		({ edition, language }) => {
			const claims = checkClaims({ locale: language, edition });
			// each edition's claims are its booklet's words: cite the editions they come from
			const citations = publicationsOf(claims.map((check) => check.claim.edition)).map(
				requiredCitation,
			);
			const lines = claims.map((check) =>
				[
					`- ${check.claim.section}: ${check.claim.quote ? `the booklet says (verbatim) "${check.claim.quote}"` : check.claim.description}`,
					`  verdict: ${check.verdict} — ${check.detail}`,
				].join('\n'),
			);
			return answer(
				`The booklet's claims, checked (verdicts and explanations: ${READING_LABEL}):\n${lines.join('\n')}\n\n${citations.join('\n')}`,
				{ claims, verdictsAre: READING_LABEL },
			);
		},
	);
}
