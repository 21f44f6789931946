import { publication, requireStory } from '@mgi-stories/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	type NodeRuntime,
	startNode,
	startWorkerd,
	type WorkerdRuntime,
} from './support/runtimes.js';

describe('the MCP server at /mcp', () => {
	let node: NodeRuntime;
	let client: Client;
	beforeAll(async () => {
		node = await startNode();
		client = new Client({ name: 'api-test', version: '0.0.0' });
		await client.connect(new StreamableHTTPClientTransport(new URL(`${node.origin}/mcp`)));
	});
	afterAll(async () => {
		await client?.close();
		await node?.stop();
	});

	it("answers on the Node server with the booklet's words and the required citation", async () => {
		const result = await client.callTool({ name: 'get_story', arguments: { slug: 'mauritius' } });
		const [content] = result.content as { text: string }[];
		expect(content?.text).toContain(requireStory({ slug: 'mauritius' }).text);
		expect(content?.text).toContain(publication.requiredCitation);
	});

	it('leaves the API as it was', async () => {
		expect((await node.fetch('/v1/stories/mauritius')).status).toBe(200);
	});

	describe('on the Worker', () => {
		let workerd: WorkerdRuntime;
		beforeAll(async () => {
			workerd = await startWorkerd();
		});
		afterAll(async () => {
			await workerd?.stop();
		});

		it('is not served: apps/mcp has a Worker of its own', async () => {
			expect((await workerd.fetch('/mcp', { method: 'POST' })).status).toBe(404);
		});
	});
});
