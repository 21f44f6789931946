/** @module the client search's documents, built as core's search builds its own */
import {
	countryOf,
	type Government,
	governmentId,
	governments,
	namesOf,
	type Story,
	stories,
	storyCountry,
} from '@mgi-stories/core';
import type { SearchDocument } from '$lib/search/documents';
import { governmentPath, storyPath } from './paths';
import { facetLabel } from './stories';

function storyDocument(story: Story): SearchDocument {
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
			...story.tags.map((tag) => facetLabel(tag.facet, tag.value)),
		]
			.filter(Boolean)
			.join(' · '),
		href: storyPath(story.slug),
	};
}

function governmentDocument(government: Government): SearchDocument {
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
		href: governmentPath(government),
	};
}

export const searchDocuments = (): SearchDocument[] => [
	...stories.map(storyDocument),
	...governments.map(governmentDocument),
];
