import { stories } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { governmentSummaries } from './governments';

describe('governmentSummaries', () => {
	it('count each story once, for the government it is about: the column adds up to 19', () => {
		const summaries = governmentSummaries();
		expect(summaries.reduce((sum, summary) => sum + summary.stories, 0)).toBe(stories.length);
	});

	it('give São Paulo its story, and Brazil none of its own', () => {
		const summaries = governmentSummaries();
		expect(summaries.find((summary) => summary.id === 'BRA')?.stories).toBe(0);
		expect(summaries.find((summary) => summary.id === 'br-sao-paulo')?.stories).toBe(1);
	});

	it('link a government to its story (São Paulo to the one slugged brazil), and one without a story to none', () => {
		const summaries = governmentSummaries();
		for (const summary of summaries) {
			expect(summary.storyHref !== null).toBe(summary.stories > 0);
		}
		expect(summaries.find((summary) => summary.id === 'br-sao-paulo')?.storyHref).toBe(
			'/stories/brazil/',
		);
	});
});
