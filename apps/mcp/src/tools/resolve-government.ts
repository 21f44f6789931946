/** @module resolve_government: which government a name means, and whether it took part; never a guess */
import { governmentName, type Locale, storiesOf } from '@mgi-stories/core';
import { type Resolution, resolveGovernment } from '@mgi-stories/core/resolve';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PARTICIPATION, READING_LABEL } from '../attribution.js';
import { languageArgument, textArgument } from './arguments.js';
import { answer } from './result.js';

function candidateLine(candidate: Resolution['candidates'][number], locale: Locale): string {
	const government = candidate.government;
	if (!government)
		return `- ${candidate.country.name} (${candidate.id}): NOT a participant — not on the booklet's list of participating governments (score ${candidate.score})`;
	const slugs = storiesOf(government).map((story) => story.slug);
	return `- ${governmentName(government, { locale })} (${candidate.id}, the booklet lists it as "${government.bookletName}"): a participant; ${slugs.length > 0 ? `success stories: ${slugs.join(', ')}` : 'no success story in the booklet'} (score ${candidate.score})`;
}

/** what a resolution means, said plainly: no match, not a participant, ambiguous, or who */
export function describeResolution(resolution: Resolution, locale: Locale): string {
	const lines = resolution.candidates.map((candidate) => candidateLine(candidate, locale));
	if (resolution.status === 'no-match')
		return `No match: "${resolution.query}" is not a name or code of any country nor of a local authority on the booklet's list. Do not guess which government was meant; ask.`;
	const head = resolution.ambiguous
		? `Ambiguous: "${resolution.query}" could mean more than one; ask which one is meant before answering.`
		: resolution.status === 'non-participant'
			? `Not a participant: "${resolution.query}" is not on the booklet's list of governments that took part in the MGI from ${PARTICIPATION}. Say so; do not substitute another government.`
			: `"${resolution.query}" is a participant on the booklet's list of participating governments.`;
	return `${head}\n${lines.join('\n')}\n\n(The matching is ${READING_LABEL}; the list of participants is the booklet's.)`;
}

export function registerResolveGovernment(server: McpServer): void {
	server.registerTool(
		'resolve_government',
		{
			title: 'Resolve a government name',
			description: `Says which country or local authority a name, ISO code or misspelling means (English, French or Spanish names) and whether it took part in the MGI according to the booklet's list of participating governments (${PARTICIPATION}). Answers "no match" or "not a participant" rather than guess: report that answer as it is, never substitute a similar participant.`,
			inputSchema: {
				name: textArgument('A country or local authority name, or an ISO 3166-1 code'),
				language: languageArgument,
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		({ name, language }) => {
			const resolution = resolveGovernment({ query: name });
			return answer(describeResolution(resolution, language), { ...resolution });
		},
	);
}
