import { searchStories } from '@mgi-stories/core/search';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('search_stories', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it('finds what core finds, by query and filters, and points to get_story', async () => {
		const { text, structured } = await call(client, 'search_stories', {
			query: 'tuberculosis',
			region: 'Asia',
		});
		const expected = searchStories({ query: 'tuberculosis', region: 'Asia' }).map((s) => s.slug);
		expect((structured as { stories: { slug: string }[] }).stories.map((s) => s.slug)).toEqual(
			expected,
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(text).toContain('Call get_story');
	});

	it('takes several values of a facet as alternatives', async () => {
		const { structured } = await call(client, 'search_stories', {
			topic: ['trafficking', 'health'],
		});
		expect((structured as { stories: unknown[] }).stories).toHaveLength(
			searchStories({ topic: ['trafficking', 'health'] }).length,
		);
	});

	it('says so when nothing matches, rather than invent a story', async () => {
		const { text, isError } = await call(client, 'search_stories', { query: 'zeppelin' });
		expect(isError).toBeFalsy();
		expect(text).toMatch(/^No story of the booklet matches/);
	});
});
