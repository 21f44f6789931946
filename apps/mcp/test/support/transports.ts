/** @module the MCP server in each of its runtimes, with the SDK's own client connected to it */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { Miniflare } from 'miniflare';
import { createMcpApp, MCP_PATH } from '../../src/app.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Connected {
	client: Client;
	stop: () => Promise<void>;
}

export type TransportName = 'http (node)' | 'http (workerd)' | 'stdio';

function built(file: string): string {
	const path = `${root}${file}`;
	if (!existsSync(path))
		throw new Error(`${path} is missing: run \`pnpm --filter @mgi-stories/mcp build\` first`);
	return path;
}

async function connect(transport: Transport): Promise<Client> {
	const client = new Client({ name: 'mgi-stories-test', version: '0.0.0' });
	await client.connect(transport);
	return client;
}

/** the Hono app on Node's HTTP server (what the API's Node entry mounts), on a free port */
async function overNodeHttp(): Promise<Connected> {
	const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
		const started = serve({ fetch: createMcpApp().fetch, port: 0, hostname: '127.0.0.1' }, () =>
			resolve(started),
		);
	});
	const { port } = server.address() as AddressInfo;
	const client = await connect(
		new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}${MCP_PATH}`)),
	);
	return {
		client,
		stop: async () => {
			await client.close();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

/** The worker's compatibility date, read from wrangler.toml so tests run what would be deployed. */
function compatibilityDate(): string {
	const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(
		readFileSync(`${root}wrangler.toml`, 'utf8'),
	)?.[1];
	if (!date) throw new Error('wrangler.toml has no compatibility_date');
	return date;
}

/** dist/worker.js in workerd through Miniflare; the client's requests go through dispatchFetch */
async function overWorkerd(): Promise<Connected> {
	process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
	const mf = new Miniflare({
		scriptPath: built('dist/worker.js'),
		modules: true,
		compatibilityDate: compatibilityDate(),
	});
	const client = await connect(
		new StreamableHTTPClientTransport(new URL(`http://localhost${MCP_PATH}`), {
			fetch: async (url, init) =>
				(await mf.dispatchFetch(String(url), init as never)) as unknown as Response,
		}),
	);
	return {
		client,
		stop: async () => {
			await client.close();
			await mf.dispose();
		},
	};
}

/** the package's bin, as a desktop client starts it */
async function overStdio(): Promise<Connected> {
	const client = await connect(
		new StdioClientTransport({ command: process.execPath, args: [built('dist/stdio.js')] }),
	);
	return { client, stop: () => client.close() };
}

export const TRANSPORTS: Record<TransportName, () => Promise<Connected>> = {
	'http (node)': overNodeHttp,
	'http (workerd)': overWorkerd,
	stdio: overStdio,
};
