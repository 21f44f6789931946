/** @module a story as the tools and resources give it: the booklet's words, labelled, with the classification and the citation */
import { cite, type Locale, publicationOf, type Story } from '@mgi-stories/core';
import { localizedVocabulary } from '@mgi-stories/core/i18n';
import { quoteRule, READING_LABEL, requiredCitation, storyGovernment } from './attribution.js';

/** the story with everything a faithful quotation needs, as JSON */
export function storyRecord(story: Story, locale: Locale) {
	const publication = publicationOf(story.edition);
	return {
		...story,
		government: storyGovernment(story, locale),
		classificationIs: READING_LABEL,
		citation: {
			required: publication.requiredCitation,
			apa: cite({ story, style: 'apa' }),
			licence: publication.licence,
		},
		quoteRule: quoteRule(publication),
	};
}

/** the story's tags with their facet's and value's labels in the locale */
export function labelledTags(story: Story, locale: Locale) {
	const { facets } = localizedVocabulary({ locale });
	return story.tags.map((tag) => {
		const facet = facets.find((candidate) => candidate.id === tag.facet);
		const value = facet?.values.find((candidate) => candidate.id === tag.value);
		return {
			...tag,
			facetLabel: facet?.label ?? tag.facet,
			label: value?.label ?? tag.value,
		};
	});
}

const quoted = (text: string) => `"${text}"`;

/** the story as text a model reads: each part says whose words it is */
export function storyText(story: Story, locale: Locale): string {
	const photo = story.photo;
	const publication = publicationOf(story.edition);
	const lines = [
		`# ${story.heading} — ${storyGovernment(story, locale)}, booklet page ${story.page}`,
		'',
		quoteRule(publication),
		'',
		"Story text (verbatim, the booklet's words):",
		'"""',
		story.text,
		'"""',
	];
	if (photo) {
		lines.push('', `Photo caption (verbatim): ${quoted(photo.caption)}`);
		lines.push(`Photo credit (verbatim): ${quoted(photo.credit)}`);
		if (photo.sourceTextImageDescription)
			lines.push(
				`Image description (from the source text the booklet was transcribed from, not a caption IOM printed): ${quoted(photo.sourceTextImageDescription)}`,
			);
	}
	lines.push('', `Classification — ${READING_LABEL}:`);
	for (const tag of labelledTags(story, locale))
		lines.push(
			`- ${tag.facetLabel}: ${tag.label} (evidence, verbatim from the story: ${quoted(tag.evidence)})`,
		);
	lines.push(
		'',
		requiredCitation(publication),
		`This story (APA): ${cite({ story, style: 'apa' })}`,
	);
	return lines.join('\n');
}
