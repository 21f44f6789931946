/** @module what travels with every answer: the rule for quoting, the labels, each edition's required citation */
import {
	countryOf,
	type EditionId,
	governmentName,
	type Locale,
	localAuthorityOf,
	type Publication,
	publications,
	type Story,
} from '@mgi-stories/core';

/** The publications of `editions`, in the data's order (oldest first). */
export const publicationsOf = (editions: Iterable<EditionId>): Publication[] => {
	const wanted = new Set(editions);
	return publications.filter((publication) => wanted.has(publication.edition));
};

const bookletOf = (publication: Publication) =>
	`IOM's booklet "${publication.title}" (${publication.year})`;

/** the booklet, every edition of it, as the tools name it to the model */
export const BOOKLET = publications.map(bookletOf).join(' and ');

/** the years the booklets' lists of participating governments cover */
export const PARTICIPATION = `${Math.min(...publications.map((publication) => publication.participationPeriod.from))} to ${Math.max(...publications.map((publication) => publication.participationPeriod.to))}`;

/** the quoting rule the licence of `publication` imposes, said to the model in every story answer */
export const quoteRule = (publication: Publication): string =>
	`The booklet's words below are quoted verbatim from ${publication.title} (${publication.publisherShort}, ${publication.year}), licensed ${publication.licence.name} (${publication.licence.id}): no derivatives. Quote them word for word, in quotation marks; never paraphrase, summarize as a quote or translate them, and give the required citation with every answer.`;

/** the quoting rule of every edition */
export const QUOTE_RULE = publications.map(quoteRule).join(' ');

/** how everything that is not the booklet's words is labelled */
export const READING_LABEL = "the mgi-stories project's own reading (CC BY 4.0), not IOM's words";

/** the required citation of `publication`, with its licence, as one line */
export const requiredCitation = (publication: Publication): string =>
	`Required citation: ${publication.requiredCitation} Licence: ${publication.licence.id} (${publication.licence.url}).`;

/** the required citation of every edition, one line each */
export const REQUIRED_CITATION = publications.map(requiredCitation).join('\n');

/** the story's government, as a reader says it: "São Paulo (Brazil)" or "Cambodia" */
export function storyGovernment(story: Story, locale: Locale): string {
	const country = governmentName(countryOf(story), { locale });
	const local = localAuthorityOf(story);
	return local ? `${governmentName(local, { locale })} (${country})` : country;
}
