/** @module the dataset's version as visitors see it: core's content hash with its release date (core's data/releases.json) */
import { datasetRelease as coreRelease, publication } from '@mgi-stories/core';
import { SITE_NAME, SITE_URL } from './config';

export interface DatasetRelease {
	version: string;
	date: string;
	/** the date in words, e.g. "29 November 2026" */
	dateText: string;
}

let release: DatasetRelease | undefined;

export function datasetRelease(): DatasetRelease {
	if (release) return release;
	const { version, date } = coreRelease;
	const dateText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${date}T00:00:00Z`),
	);
	release = { version, date, dateText };
	return release;
}

/** How to cite this project's dataset (our data set, derived from the booklet), in APA style. */
export function datasetCitation(): string {
	const { version, date } = datasetRelease();
	return `${SITE_NAME} (${date.slice(0, 4)}). The MGI success stories as data: stories, participating governments and their classification (version ${version}, ${date}) [Data set]. ${SITE_URL}/data/. Derived from ${publication.publisher} (${publication.year}), ${publication.title}; the classification is this project’s reading, not IOM’s.`;
}
