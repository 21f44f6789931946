/** @module the conformance adapter: reads the dataset back through the MCP server's resources and tools */
import type { SurfaceDataset } from '@mgi-stories/conformance';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

/** a tool's structured answer; a tool error fails the suite */
export async function callTool<T>(
	client: Client,
	name: string,
	args: Record<string, unknown> = {},
): Promise<T> {
	const result = await client.callTool({ name, arguments: args });
	if (result.isError)
		throw new Error(`${name} answered an error: ${JSON.stringify(result.content)}`);
	return result.structuredContent as T;
}

export async function readJson<T>(client: Client, uri: string): Promise<T> {
	const { contents } = await client.readResource({ uri });
	const [content] = contents;
	if (!content || !('text' in content)) throw new Error(`${uri} has no text`);
	return JSON.parse(content.text) as T;
}

type Country = SurfaceDataset['countries'][number];

/** reads one after another: the stdio transport is one pipe */
async function readAll<T>(client: Client, uris: readonly string[]): Promise<T[]> {
	const read: T[] = [];
	for (const uri of uris) read.push(await readJson<T>(client, uri));
	return read;
}

export async function loadDataset(client: Client): Promise<SurfaceDataset> {
	const { resources } = await client.listResources();
	const uris = resources.map((resource) => resource.uri);
	const stories = await readAll<SurfaceDataset['stories'][number]>(
		client,
		uris.filter((uri) => uri.startsWith('mgi://stories/')),
	);
	const governments = await readAll<Country | { kind: 'local' }>(
		client,
		uris.filter((uri) => uri.startsWith('mgi://governments/')),
	);
	const source = await readJson<Pick<SurfaceDataset, 'publication' | 'sources'>>(
		client,
		'mgi://source',
	);
	const { claims } = await callTool<{ claims: SurfaceDataset['claims'] }>(client, 'check_claims');
	return {
		stories,
		countries: governments.filter(
			(government): government is Country => government.kind === 'country',
		),
		claims,
		publication: source.publication,
		sources: source.sources,
	};
}
