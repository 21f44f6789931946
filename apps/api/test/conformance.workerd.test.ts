import { runConformance } from '@mgi-stories/conformance';
import { afterAll } from 'vitest';
import { loadDataset } from './support/dataset.js';
import { startWorkerd, type WorkerdRuntime } from './support/runtimes.js';

let runtime: WorkerdRuntime | undefined;
afterAll(async () => {
	await runtime?.stop();
});

runConformance({
	name: 'api (workerd)',
	load: async () => {
		runtime = await startWorkerd();
		return loadDataset(runtime);
	},
});
