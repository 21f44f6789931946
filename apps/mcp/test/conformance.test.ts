import { runConformance } from '@mgi-stories/conformance';
import { afterAll } from 'vitest';
import { loadDataset } from './support/dataset.js';
import { type Connected, TRANSPORTS } from './support/transports.js';

const running: Promise<Connected>[] = [];
afterAll(async () => {
	await Promise.all(running.map(async (connected) => (await connected).stop()));
});

for (const [name, start] of Object.entries(TRANSPORTS)) {
	runConformance({
		name: `mcp over ${name}`,
		load: async () => {
			const connected = start();
			running.push(connected);
			return loadDataset((await connected).client);
		},
	});
}
