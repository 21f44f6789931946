/** @module the dataset's version as visitors see it: core's content hash with its release date (core's data/releases.json) */
import { datasetRelease as coreRelease, publication } from '@mgi-stories/core';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { ReferenceParts } from '$lib/types';
import { localUrl } from './paths';
import { referenceParts } from './references';

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

/** The project that made the dataset, as its citation and its JSON-LD name it: the site, in the page's language. */
export const datasetCreator = (): string => m.site_name();

/**
 * How to cite this project's dataset (our data set, derived from the booklet), in APA style, in the
 * page's language, with the dataset page of that language; the booklet's author and title stay
 * English, as the booklet prints them.
 */
export function datasetCitation(): string {
	const { version, date } = datasetRelease();
	return m.dataset_citation({
		site: datasetCreator(),
		year: date.slice(0, 4),
		datasetTitle: m.dataset_title(),
		version,
		date,
		url: localUrl('/data/'),
		publisher: publication.publisher,
		publicationYear: publication.year,
		title: publication.title,
	});
}

/** The dataset's citation as a reference in the page's language, the booklet's English words marked as such. */
export const datasetReference = (): ReferenceParts =>
	referenceParts(datasetCitation(), publication.title, {
		lang: getLocale(),
		english: [publication.publisher],
	});
