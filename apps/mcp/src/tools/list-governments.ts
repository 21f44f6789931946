/** @module list_governments: the booklet's list of participating governments, filtered */
import {
	countries,
	countryOf,
	filterGovernments,
	governmentId,
	governmentName,
	localAuthorities,
	regionName,
	storiesOf,
} from '@mgi-stories/core';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { PARTICIPATION } from '../attribution.js';
import { editionArgument, languageArgument, valuesArgument } from './arguments.js';
import { answer } from './result.js';

export function registerListGovernments(server: McpServer): void {
	server.registerTool(
		'list_governments',
		{
			title: 'List the participating governments',
			description: `Lists the governments on the booklet's list of participating governments from ${PARTICIPATION} (${countries.length} countries and ${localAuthorities.length} local authorities), in the booklet's order, optionally by UN M49 region and kind, with the slugs of their success stories. A government not listed did not take part according to the booklet. Regions are UN M49 (a named source), not the booklet's words.`,
			inputSchema: {
				region: valuesArgument(
					'UN M49 region, sub-region or intermediate region: English name or three-digit code (e.g. Africa, 419)',
				),
				kind: z
					.enum(['country', 'local'])
					.optional()
					.describe('country, or local for the local authorities'),
				hasStory: z
					.boolean()
					.optional()
					.describe(
						'only governments with (true) or without (false) a success story of their own: a country’s national story, a local authority’s own (São Paulo’s story is not Brazil’s)',
					),
				edition: editionArgument,
				language: languageArgument,
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		({ region, kind, hasStory, edition, language }) => {
			const governments = filterGovernments({ region, kind, hasStory, edition }).map(
				(government) => {
					const country = countryOf(government);
					return {
						id: governmentId(government),
						kind: government.kind,
						edition: government.edition,
						name: governmentName(government, { locale: language }),
						bookletName: government.bookletName,
						country: country.alpha3,
						region: regionName(country.regionCode, { locale: language }),
						stories: storiesOf(government).map((story) => story.slug),
					};
				},
			);
			const lines = governments.map(
				(government) =>
					`- ${government.name} (${government.id}; ${government.kind === 'local' ? `local authority in ${government.country}` : 'country'}; ${government.region})${government.stories.length > 0 ? ` — stories: ${government.stories.join(', ')}` : ''}`,
			);
			return answer(
				`${governments.length} participating governments on the booklet's list match:\n${lines.join('\n')}`,
				{ governments },
			);
		},
	);
}
