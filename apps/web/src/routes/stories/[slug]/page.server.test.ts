import { stories } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { findShareEntry } from '$lib/server/share-cards';
import { load } from './+page.server';

const loadStory = async (slug: string) =>
	(await load({ params: { slug } } as never)) as Exclude<Awaited<ReturnType<typeof load>>, void>;

describe('a story page’s share image', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('is described as the card draws it: the place on a map and its booklet page (round 7)', async () => {
		for (const locale of ['en', 'fr', 'es'] as const) {
			overwriteGetLocale(() => locale);
			for (const story of stories) {
				const alt = (await loadStory(story.slug)).meta?.image?.alt ?? '';
				const kicker = findShareEntry('stories', story.slug)?.card().kicker ?? '';
				const page = new RegExp(`(?<!\\d)${story.page}(?!\\d)`);
				expect(kicker, story.slug).toMatch(page);
				expect(alt, `${locale} ${story.slug}`).toMatch(page);
				expect(alt).not.toMatch(/with the booklet page|avec la page|con la página/);
			}
		}
	});
});
