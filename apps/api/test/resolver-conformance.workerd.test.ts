import { runResolverConformance } from '@mgi-stories/conformance/resolver';
import { LOCALES } from '@mgi-stories/core';
import { afterAll, beforeAll } from 'vitest';
import { resolveOver } from './support/resolver.js';
import { startWorkerd, type WorkerdRuntime } from './support/runtimes.js';

let runtime: WorkerdRuntime;
beforeAll(async () => {
	runtime = await startWorkerd();
});
afterAll(async () => {
	await runtime?.stop();
});

runResolverConformance({
	name: 'api (workerd)',
	locales: LOCALES,
	resolve: (query, locale) => resolveOver(runtime, query, locale),
});
