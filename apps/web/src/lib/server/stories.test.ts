import { filterStories, stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { matches } from '$lib/filters';
import { evidenceOf, excerpt, filterGroups, relatedStories, storySummaries } from './stories';

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

	it('have no edition filter, nor its pages, while the data holds a single edition', async () => {
		expect(filterGroups().map((group) => group.key)).not.toContain('edition');
		const { entries } = await import('../../routes/stories/[...filter]/+page.server');
		expect((await entries()).map((entry) => entry.filter)).not.toContainEqual(
			expect.stringMatching(/^edition\//),
		);
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

	it('relate stories through the themes they share, never the story itself', () => {
		for (const story of stories) {
			const related = relatedStories(story);
			expect(related.length).toBeLessThanOrEqual(3);
			const themes = new Set(
				story.tags.filter((tag) => tag.facet === 'topic').map((tag) => tag.value),
			);
			for (const { story: other, sharedThemes } of related) {
				expect(other).not.toBe(story);
				expect(sharedThemes.length).toBeGreaterThan(0);
				for (const theme of sharedThemes) {
					expect(themes.has(theme)).toBe(true);
					expect(other.tags).toContainEqual(
						expect.objectContaining({ facet: 'topic', value: theme }),
					);
				}
			}
		}
	});

	it('show a phrase inside a longer one only as the longer one, with the labels of both', () => {
		for (const story of stories) {
			const phrases = evidenceOf(story, 'en').map((group) => group.phrase);
			for (const phrase of phrases) {
				expect(phrases.filter((other) => other !== phrase && other.includes(phrase))).toEqual([]);
			}
		}
		const cambodia = stories.find((story) => story.slug === 'cambodia');
		const longest = 'for all migrants to have access to essential health care';
		const nested = cambodia?.tags.filter((tag) => longest.includes(tag.evidence)) ?? [];
		expect(new Set(nested.map((tag) => tag.evidence)).size).toBeGreaterThan(1);
		const group = cambodia && evidenceOf(cambodia, 'en').find((each) => each.phrase === longest);
		expect(group?.tags.map((tag) => tag.id).sort()).toEqual(
			nested.map((tag) => `tag-${tag.facet}-${tag.value}`).sort(),
		);
	});

	it('show each evidence phrase once, with every tag it backs, in reading order', () => {
		for (const story of stories) {
			const groups = evidenceOf(story, 'en');
			const phrases = groups.map((group) => group.phrase);
			expect(new Set(phrases).size).toBe(phrases.length);
			expect(groups.flatMap((group) => group.tags)).toHaveLength(story.tags.length);
			const positions = phrases.map((phrase) => story.text.indexOf(phrase));
			expect(positions.filter((at) => at >= 0)).toEqual(
				[...positions.filter((at) => at >= 0)].sort((a, b) => a - b),
			);
		}
	});
});
