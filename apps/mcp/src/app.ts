/** @module the MCP server over stateless Streamable HTTP, as a Hono app answering at /mcp */
import { StreamableHTTPTransport } from '@hono/mcp';
import { Hono } from 'hono';
import { createMcpServer } from './server.js';

export const MCP_PATH = '/mcp';

export function createMcpApp(): Hono {
	const app = new Hono();
	// stateless: a fresh server and transport per request, so any instance can answer any request
	app.all(MCP_PATH, async (c) => {
		const server = createMcpServer();
		const transport = new StreamableHTTPTransport({
			sessionIdGenerator: undefined,
			enableJsonResponse: true,
		});
		await server.connect(transport);
		return transport.handleRequest(c);
	});
	return app;
}
