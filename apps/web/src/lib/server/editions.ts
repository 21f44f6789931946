/**
 * @module the booklet's editions as the pages read them: a story is cited from its own edition's
 * publication (not the latest), and what depends on there being several editions (the edition
 * filter, its pages) reads `hasEditions`, so the next edition is a data change in core.
 */
import {
	EDITIONS,
	type Publication,
	publicationOf,
	publications,
	type Story,
} from '@mgi-stories/core';
import { baseLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/** The publication `story` is in: the one its citations, JSON-LD and embed name. */
export const storyPublication = (story: Pick<Story, 'edition'>): Publication =>
	publicationOf(story.edition);

/**
 * A publication's publisher by its short name in the page's language: IOM's as the messages give it
 * (« OIM » in French and Spanish), any other publisher's as core's data gives it.
 */
export const publisherShortName = (publication: Publication): string =>
	publication.publisherShort === m.publisher_short({}, { locale: baseLocale })
		? m.publisher_short()
		: publication.publisherShort;

/** Whether the dataset holds more than one edition: only then are stories filtered by edition. */
export const hasEditions = (): boolean => EDITIONS.length > 1;

/** The years of every edition, as a list in the page's language ("2021", "2021 and 2024"). */
export const editionYears = (): string =>
	new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(
		publications.map((publication) => String(publication.year)),
	);

/** The years governments took part in, over every edition: the earliest first year to the latest last. */
export const participationPeriod = (): { from: number; to: number } => ({
	from: Math.min(...publications.map((publication) => publication.participationPeriod.from)),
	to: Math.max(...publications.map((publication) => publication.participationPeriod.to)),
});
