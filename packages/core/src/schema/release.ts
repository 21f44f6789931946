import * as z from 'zod';
import type { DeepReadonly } from './common.js';

/** One release of the dataset: its content hash (`datasetVersion`), the day it was dated, and what changed. */
export const ReleaseSchema = z.strictObject({
	version: z.string().regex(/^[0-9a-f]{16}$/, 'a version is the 16 hex digits of datasetVersion'),
	date: z.iso.date(),
	summary: z.string().min(1),
});
export type Release = DeepReadonly<z.infer<typeof ReleaseSchema>>;

/** data/releases.json: every release, newest first, each version once. */
export const ReleasesFileSchema = z
	.array(ReleaseSchema)
	.min(1)
	.superRefine((releases, ctx) => {
		const seen = new Set<string>();
		releases.forEach((release, index) => {
			if (seen.has(release.version)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'version'],
					message: `version ${release.version} is listed twice`,
				});
			}
			seen.add(release.version);
			const newer = releases[index - 1];
			if (newer && newer.date < release.date) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'date'],
					message: `releases are listed newest first, but ${release.date} comes after ${newer.date}`,
				});
			}
		});
	});
export type ReleasesFile = DeepReadonly<z.infer<typeof ReleasesFileSchema>>;
