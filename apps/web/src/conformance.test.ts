/** @module the shared conformance suite, run against what the built site publishes */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runConformance } from '@mgi-stories/conformance';
import type { DatasetDocument } from '@mgi-stories/core/schema';

const dataset = fileURLToPath(new URL('../build/data/dataset.json', import.meta.url));

runConformance({
	name: 'web (built site)',
	load: async () => {
		const { publication, stories, countries, claims, sources } = JSON.parse(
			await readFile(dataset, 'utf8'),
		) as DatasetDocument;
		return { publication, stories, countries, claims, sources };
	},
});
