import { runConformance } from '@mgi-stories/conformance';
import { LOCALES } from '@mgi-stories/core';
import { afterAll } from 'vitest';
import { loadDataset } from './support/dataset.js';
import { type NodeRuntime, startNode } from './support/runtimes.js';

let runtime: Promise<NodeRuntime> | undefined;
afterAll(async () => {
	await (await runtime)?.stop();
});

runConformance({
	name: 'api (node)',
	locales: LOCALES,
	load: async (locale) => {
		runtime ??= startNode();
		return loadDataset(await runtime, locale);
	},
});
