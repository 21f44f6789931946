import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, TRANSPORTS } from './support/transports.js';

/** calls no tool should survive as anything but an MCP tool error */
const BAD_CALLS: [string, Record<string, unknown>][] = [
	['get_story', {}],
	['get_story', { slug: 'atlantis' }],
	['get_story', { slug: 'cambodia', country: 'Cambodia' }],
	['get_story', { slug: 42 }],
	['get_story', { slug: 'x'.repeat(5000) }],
	['search_stories', { topic: 'astrology' }],
	['search_stories', { level: 'planetary' }],
	['search_stories', { query: ['not', 'a', 'string'] }],
	['search_stories', { language: 'de' }],
	['search_stories', { edition: '2024' }],
	['resolve_government', {}],
	['resolve_government', { name: null }],
	['resolve_government', { name: 'Moldova '.repeat(625) }],
	['list_governments', { kind: 'province' }],
	['list_governments', { hasStory: 'yes' }],
	['list_governments', { edition: 2021 }],
	['cite', { story: 'cambodia', style: 'mla' }],
	['cite', { story: 'atlantis' }],
	['check_claims', { language: 'xx' }],
	['check_claims', { edition: '1999' }],
	['no_such_tool', {}],
];

for (const [transport, start] of Object.entries(TRANSPORTS)) {
	describe(`bad arguments over ${transport}`, () => {
		let connected: Connected;
		beforeAll(async () => {
			connected = await start();
		});
		afterAll(async () => {
			await connected?.stop();
		});

		it.each(BAD_CALLS)('answers %s %j with a tool error naming the problem', async (name, args) => {
			const result = await connected.client.callTool({ name, arguments: args });
			expect(result.isError).toBe(true);
			expect(result.content).toEqual([{ type: 'text', text: expect.stringMatching(/\w{3}/) }]);
		});

		it('still answers after every bad call', async () => {
			for (const [name, args] of BAD_CALLS)
				await connected.client.callTool({ name, arguments: args });
			const result = await connected.client.callTool({
				name: 'get_story',
				arguments: { slug: 'cambodia' },
			});
			expect(result.isError).toBeFalsy();
		});
	});
}
