/** @module what the search engine indexes of each story and government */
import { governments, stories, vocabulary } from '../data.js';
import { countryOf } from '../governments/country-of.js';
import { governmentId, namesOf } from '../governments/name-index.js';
import { storyCountry } from '../stories/story-country.js';
import type { Government, Story } from '../types.js';
import { facetLabel } from '../vocabulary/facet-label.js';
import type { SearchDocument } from './engine.js';

const facetName = (facet: string) =>
	vocabulary.facets.find((candidate) => candidate.id === facet)?.label ?? facet;

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
			// a tag reads as "GCM objective: Facilitate fair and ethical recruitment…", so both the
			// facet's name and the value's label find it
			...story.tags.map(
				(tag) => `${facetName(tag.facet)}: ${facetLabel({ facet: tag.facet, value: tag.value })}`,
			),
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
