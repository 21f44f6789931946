import { filterStories, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { matches } from '$lib/filters';
import { excerpt, filterGroups, relatedStories, storySummaries } from './stories';

const regionName = (slug: string) =>
	filterGroups()
		.find((group) => group.key === 'region')
		?.options.find((option) => option.value === slug)?.label ?? slug;

describe('story summaries', () => {
	const summaries = storySummaries();

	it('filter as core’s filterStories does, for every value of every filter', () => {
		for (const group of filterGroups()) {
			for (const option of group.options) {
				const mine = summaries
					.filter((story) => matches(story, { [group.key]: [option.value] }))
					.map((story) => story.slug);
				const value = group.key === 'region' ? regionName(option.value) : option.value;
				const core = filterStories({ [group.key]: value }).map((story) => story.slug);
				expect(mine, `${group.key}=${option.value}`).toEqual(core);
				expect(mine.length, `${group.key}=${option.value} total`).toBe(option.total);
			}
		}
	});

	it('combine filters as core does', () => {
		const mine = summaries
			.filter((story) =>
				matches(story, { topic: ['health', 'trafficking'], region: ['africa', 'asia'] }),
			)
			.map((story) => story.slug);
		const core = filterStories({ topic: ['health', 'trafficking'], region: ['Africa', 'Asia'] });
		expect(mine).toEqual(core.map((story) => story.slug));
	});

	it('cut excerpts at a word boundary and keep short texts whole', () => {
		expect(excerpt('one two three', 5)).toBe('one two three');
		expect(excerpt('one two three four', 2)).toBe('one two…');
	});

	it('relate stories that share tags, never the story itself', () => {
		for (const story of stories) {
			const related = relatedStories(story);
			expect(related.length).toBeLessThanOrEqual(3);
			expect(related).not.toContain(story);
		}
	});
});
