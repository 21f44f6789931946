/** @module stdio entry for desktop clients: the `mgi-stories-mcp` bin */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from '../server.js';

await createMcpServer().connect(new StdioServerTransport());
