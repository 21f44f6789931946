/** @module what travels with every answer: the rule for quoting, the labels, the booklet's required citation */
import {
	countryOf,
	governmentName,
	type Locale,
	localAuthorityOf,
	publication,
	type Story,
} from '@mgi-stories/core';

/** the booklet, as the tools name it to the model */
export const BOOKLET = `IOM's booklet "${publication.title}" (${publication.year})`;

/** the years the booklet's list of participating governments covers */
export const PARTICIPATION = `${publication.participationPeriod.from} to ${publication.participationPeriod.to}`;

/** the quoting rule the booklet's licence imposes, said to the model in every story answer */
export const QUOTE_RULE = `The booklet's words below are quoted verbatim from ${publication.title} (${publication.publisherShort}, ${publication.year}), licensed ${publication.licence.name} (${publication.licence.id}): no derivatives. Quote them word for word, in quotation marks; never paraphrase, summarize as a quote or translate them, and give the required citation with every answer.`;

/** how everything that is not the booklet's words is labelled */
export const READING_LABEL = "the mgi-stories project's own reading (CC BY 4.0), not IOM's words";

/** the booklet's required citation, with its licence, as one line */
export const REQUIRED_CITATION = `Required citation: ${publication.requiredCitation} Licence: ${publication.licence.id} (${publication.licence.url}).`;

/** the story's government, as a reader says it: "São Paulo (Brazil)" or "Cambodia" */
export function storyGovernment(story: Story, locale: Locale): string {
	const country = governmentName(countryOf(story), { locale });
	const local = localAuthorityOf(story);
	return local ? `${governmentName(local, { locale })} (${country})` : country;
}
