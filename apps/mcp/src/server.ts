/** @module the MCP server: every tool, resource and prompt over @mgi-stories/core, one instance per request or session */

import { publication } from '@mgi-stories/core';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { BOOKLET, QUOTE_RULE } from './attribution.js';
import { registerCitedAnswerPrompt } from './prompt.js';
import { registerResources } from './resources.js';
import { registerCheckClaims } from './tools/check-claims.js';
import { registerCite } from './tools/cite.js';
import { registerGetStory } from './tools/get-story.js';
import { registerListGovernments } from './tools/list-governments.js';
import { registerResolveGovernment } from './tools/resolve-government.js';
import { registerSearchStories } from './tools/search-stories.js';

export const SERVER_NAME = 'mgi-stories';
export const SERVER_VERSION = '0.1.0';

export function createMcpServer(): McpServer {
	const server = new McpServer(
		{
			name: SERVER_NAME,
			version: SERVER_VERSION,
			title: `MGI Success Stories (${publication.publisherShort}, ${publication.year})`,
		},
		{
			instructions: `Tools over ${BOOKLET}. ${QUOTE_RULE} Anything else the tools say (classification, regions, verdicts) is labelled with its source; keep those labels.`,
		},
	);
	for (const register of [
		registerSearchStories,
		registerGetStory,
		registerResolveGovernment,
		registerListGovernments,
		registerCheckClaims,
		registerCite,
		registerResources,
		registerCitedAnswerPrompt,
	])
		register(server);
	return server;
}
