import { runResolverConformance } from '@mgi-stories/conformance/resolver';
import { LOCALES } from '@mgi-stories/core';
import { afterAll, beforeAll } from 'vitest';
import { resolveOver } from './support/resolver.js';
import { type NodeRuntime, startNode } from './support/runtimes.js';

let runtime: NodeRuntime;
beforeAll(async () => {
	runtime = await startNode();
});
afterAll(async () => {
	await runtime?.stop();
});

runResolverConformance({
	name: 'api (node)',
	locales: LOCALES,
	resolve: (query, locale) => resolveOver(runtime, query, locale),
});
