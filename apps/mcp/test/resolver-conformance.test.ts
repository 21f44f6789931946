import type { ResolverAnswer } from '@mgi-stories/conformance/resolver';
import { runResolverConformance } from '@mgi-stories/conformance/resolver';
import { afterAll, beforeAll } from 'vitest';
import { type Connected, TRANSPORTS } from './support/transports.js';

let connected: Connected;
beforeAll(async () => {
	connected = await TRANSPORTS['http (node)']();
});
afterAll(async () => {
	await connected?.stop();
});

// resolve_government answers in core's Resolution shape; a tool error is a rejection
runResolverConformance({
	name: 'mcp resolve_government',
	resolve: async (name) => {
		const result = await connected.client.callTool({
			name: 'resolve_government',
			arguments: { name },
		});
		if (result.isError) return { rejected: JSON.stringify(result.content) };
		return result.structuredContent as unknown as ResolverAnswer;
	},
});
