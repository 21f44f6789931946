/** @module the dataset's version as visitors see it: core's content hash with the date the data last changed */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { datasetVersion, publication } from '@mgi-stories/core';
import { SITE_NAME, SITE_URL } from './config';

const CORE_DATA = fileURLToPath(new URL('../../../../../packages/core/data', import.meta.url));

/**
 * The day the core data last changed, from git (YYYY-MM-DD); the build day when git or its history is
 * not there (e.g. a source tarball).
 */
export function dataDate(run: typeof execFileSync = execFileSync): string {
	try {
		const day = run('git', ['log', '-1', '--format=%cs', '--', CORE_DATA], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		})
			.toString()
			.trim();
		if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
	} catch {
		// no git: fall through to the build day
	}
	return new Date().toISOString().slice(0, 10);
}

export interface DatasetRelease {
	version: string;
	date: string;
	/** the date in words, e.g. "29 November 2026" */
	dateText: string;
}

let release: DatasetRelease | undefined;

export function datasetRelease(): DatasetRelease {
	if (release) return release;
	const date = dataDate();
	const dateText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${date}T00:00:00Z`),
	);
	release = { version: datasetVersion, date, dateText };
	return release;
}

/** How to cite this project's dataset (our data set, derived from the booklet), in APA style. */
export function datasetCitation(): string {
	const { version, date } = datasetRelease();
	return `${SITE_NAME} (${date.slice(0, 4)}). The MGI success stories as data: stories, participating governments and their classification (version ${version}, ${date}) [Data set]. ${SITE_URL}/data/. Derived from ${publication.publisher} (${publication.year}), ${publication.title}; the classification is this project’s reading, not IOM’s.`;
}
