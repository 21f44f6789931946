/** @module Cloudflare Workers entry: the MCP server on its own Worker, so the API's stays small */
import { createMcpApp } from '../app.js';

const app = createMcpApp();

export default {
	fetch: (request, env, ctx) => app.fetch(request, env, ctx),
} satisfies ExportedHandler<Record<string, never>>;
