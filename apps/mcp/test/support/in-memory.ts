/** @module the server and the SDK's client linked in memory, for the tools' and resources' own tests */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer } from '../../src/server.js';

export async function connectInMemory(): Promise<Client> {
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	await createMcpServer().connect(serverSide);
	const client = new Client({ name: 'mgi-stories-test', version: '0.0.0' });
	await client.connect(clientSide);
	return client;
}

/** a tool's text answer and structured content */
export async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
	const result = await client.callTool({ name, arguments: args });
	const [first] = result.content as { type: string; text: string }[];
	return { text: first?.text ?? '', structured: result.structuredContent, isError: result.isError };
}
