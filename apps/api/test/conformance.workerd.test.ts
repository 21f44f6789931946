import { runConformance } from '@mgi-stories/conformance';
import { LOCALES } from '@mgi-stories/core';
import { afterAll } from 'vitest';
import { loadDataset } from './support/dataset.js';
import { startWorkerd, type WorkerdRuntime } from './support/runtimes.js';

let runtime: Promise<WorkerdRuntime> | undefined;
afterAll(async () => {
	await (await runtime)?.stop();
});

runConformance({
	name: 'api (workerd)',
	locales: LOCALES,
	load: async (locale) => {
		runtime ??= startWorkerd();
		return loadDataset(await runtime, locale);
	},
});
