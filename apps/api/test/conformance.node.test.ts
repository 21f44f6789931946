import { runConformance } from '@mgi-stories/conformance';
import { afterAll } from 'vitest';
import { loadDataset } from './support/dataset.js';
import { type NodeRuntime, startNode } from './support/runtimes.js';

let runtime: NodeRuntime | undefined;
afterAll(async () => {
	await runtime?.stop();
});

runConformance({
	name: 'api (node)',
	load: async () => {
		runtime = await startNode();
		return loadDataset(runtime);
	},
});
