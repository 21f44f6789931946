/** @module what the search engine indexes of each story and government */
import { governments, stories, vocabulary } from '../data.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId, namesOf } from '../governments/name-index.js';
import { storyCountry } from '../stories/story-country.js';
import type { Government, Story } from '../types.js';
import { type Defined, definedAbbreviations } from './abbreviations.js';
import type { SearchDocument } from './engine.js';

/** A label followed by the abbreviations the vocabulary defines for it: "… objective (GCM)". */
const withAbbreviations = (defined: Defined) => {
	const abbreviations = definedAbbreviations(defined);
	return abbreviations.length > 0
		? `${defined.label} (${abbreviations.join(', ')})`
		: defined.label;
};

/** how each tag reads in a story's context: "Global Compact for Migration objective (GCM): Facilitate fair…" */
const tagTexts = new Map(
	vocabulary.facets.flatMap((facet) =>
		facet.values.map((value) => [
			`${facet.id}/${value.id}`,
			`${withAbbreviations(facet)}: ${withAbbreviations(value)}`,
		]),
	),
);
const tagText = (facet: string, value: string) => tagTexts.get(`${facet}/${value}`) ?? value;

export function storyDocument(story: Story): SearchDocument {
	const country = storyCountry(story);
	return {
		key: `story:${story.slug}`,
		kind: 'story',
		id: story.slug,
		title: story.heading,
		body: story.text,
		names: namesOf(country).join(' · '),
		context: [
			story.photo?.caption,
			country.region,
			country.subregion,
			country.intermediateRegion,
			// the facet's name, the value's label and the abbreviations the vocabulary defines all find a tag
			...story.tags.map((tag) => tagText(tag.facet, tag.value)),
		]
			.filter(Boolean)
			.join(' · '),
	};
}

export function governmentDocument(government: Government): SearchDocument {
	const country = countryOf(government);
	const local = government.kind === 'local';
	return {
		key: `government:${governmentId(government)}`,
		kind: 'government',
		id: governmentId(government),
		title: local ? `${government.bookletName}, ${country.bookletName}` : government.bookletName,
		body: '',
		names: namesOf(government).join(' · '),
		context: [
			country.region,
			country.subregion,
			country.intermediateRegion,
			local ? country.bookletName : '',
		]
			.filter(Boolean)
			.join(' · '),
	};
}

/** Every story, then every government, as the search engine indexes them. */
export const searchDocuments = (): SearchDocument[] => [
	...stories.map(storyDocument),
	...governments.map(governmentDocument),
];
