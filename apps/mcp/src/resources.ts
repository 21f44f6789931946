/** @module resources: each story and each participating government as JSON, and the source they come from */
import {
	DEFAULT_LOCALE,
	datasetVersion,
	findStory,
	governmentById,
	governmentId,
	governmentSources,
	governments,
	publication,
	stories,
	storiesOf,
} from '@mgi-stories/core';
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { READING_LABEL, REQUIRED_CITATION } from './attribution.js';
import { storyRecord } from './story-answer.js';

const JSON_TYPE = 'application/json';

const json = (uri: URL, value: unknown) => ({
	contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(value, null, 2) }],
});

/** a template variable as one string (the SDK gives an array for exploded variables) */
const single = (value: string | string[] | undefined) =>
	(Array.isArray(value) ? value[0] : value) ?? '';

const notFound = (uri: URL) =>
	new McpError(ErrorCode.InvalidParams, `No resource at ${uri.href}: see resources/list`);

export function registerResources(server: McpServer): void {
	server.registerResource(
		'story',
		new ResourceTemplate('mgi://stories/{slug}', {
			list: () => ({
				resources: stories.map((story) => ({
					uri: `mgi://stories/${story.slug}`,
					name: story.heading,
					mimeType: JSON_TYPE,
				})),
			}),
		}),
		{
			title: 'A success story',
			description:
				"A success story as JSON: text, caption and credit verbatim (CC BY-NC-ND 3.0 IGO, quote exactly), page, the classification (the project's reading) and the citation.",
			mimeType: JSON_TYPE,
		},
		(uri, { slug }) => {
			const story = findStory({ slug: single(slug) });
			if (!story) throw notFound(uri);
			return json(uri, storyRecord(story, DEFAULT_LOCALE));
		},
	);
	server.registerResource(
		'government',
		new ResourceTemplate('mgi://governments/{id}', {
			list: () => ({
				resources: governments.map((government) => ({
					uri: `mgi://governments/${governmentId(government)}`,
					name: government.bookletName,
					mimeType: JSON_TYPE,
				})),
			}),
		}),
		{
			title: 'A participating government',
			description:
				"A government on the booklet's list of participants as JSON: the booklet's name, codes, UN M49 region, local authorities, the sources of every added field, and the slugs of its stories.",
			mimeType: JSON_TYPE,
		},
		(uri, { id }) => {
			const government = governmentById({ id: single(id) });
			if (!government) throw notFound(uri);
			return json(uri, {
				...government,
				stories: storiesOf(government).map((story) => story.slug),
				requiredCitation: REQUIRED_CITATION,
			});
		},
	);
	server.registerResource(
		'source',
		'mgi://source',
		{
			title: 'The booklet, its licence and the sources of the data',
			description:
				'The publication the data comes from, its required citation and licence, and the named sources (with version and licence) of every fact added to it.',
			mimeType: JSON_TYPE,
		},
		(uri) =>
			json(uri, {
				version: datasetVersion,
				publication,
				requiredCitation: REQUIRED_CITATION,
				sources: governmentSources,
				ourReading: `The classification, the local authorities' levels and the claims checks are ${READING_LABEL}.`,
			}),
	);
}
