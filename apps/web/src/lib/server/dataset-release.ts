/** @module the dataset's version as visitors see it: core's content hash with its release date (core's data/releases.json) */
import { datasetRelease as coreRelease, publication } from '@mgi-stories/core';
import { m } from '$lib/paraglide/messages';
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

/**
 * How to cite this project's dataset (our data set, derived from the booklet), in APA style, in the
 * page's language; the booklet's title stays English.
 */
export function datasetCitation(): string {
	const { version, date } = datasetRelease();
	return m.dataset_citation({
		site: SITE_NAME,
		year: date.slice(0, 4),
		version,
		date,
		url: `${SITE_URL}/data/`,
		publisher: publication.publisher,
		publicationYear: publication.year,
		title: publication.title,
	});
}
