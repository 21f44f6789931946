import { describe, expect, it } from 'vitest';
import { stories } from '../data.js';
import { storyDocument, tagSearchTexts } from './documents.js';

describe('tagSearchTexts', () => {
	it('gives a tag’s labels in every language and our synonyms, as a story’s document indexes them', () => {
		const texts = tagSearchTexts({ facet: 'topic', value: 'health' });
		expect(texts).toEqual(expect.arrayContaining(['Santé', 'Salud', 'migrant health', 'sanidad']));
		const story = stories.find((each) => each.tags.some((tag) => tag.value === 'health'));
		const labels = Object.values(story ? storyDocument(story).labels : {}).join(' · ');
		for (const text of texts) expect(labels).toContain(text);
	});

	it('gives nothing for a value the vocabulary lacks', () => {
		expect(tagSearchTexts({ facet: 'topic', value: 'no-such-value' })).toEqual([]);
	});
});
