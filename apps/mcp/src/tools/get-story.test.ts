import { filterGovernments, publication, requireStory } from '@mgi-stories/core';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('get_story', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it('gives the text, caption and credit verbatim, the page and the required citation', async () => {
		const story = requireStory({ slug: 'cambodia' });
		const { text } = await call(client, 'get_story', { slug: 'cambodia' });
		expect(text).toContain(`"""\n${story.text}\n"""`);
		expect(text).toContain(`"${story.photo?.caption}"`);
		expect(text).toContain(`"${story.photo?.credit}"`);
		expect(text).toContain(`booklet page ${story.page}`);
		expect(text).toContain(publication.requiredCitation);
	});

	it("labels the classification as the project's reading, each tag with its verbatim evidence", async () => {
		const story = requireStory({ slug: 'uruguay' });
		const { text } = await call(client, 'get_story', { slug: 'uruguay' });
		expect(text).toMatch(
			/Classification — the mgi-stories project's own reading .*not IOM's words/,
		);
		for (const tag of story.tags) expect(text).toContain(`"${tag.evidence}"`);
	});

	it('finds a story by a government name in French or Spanish, and a local story by its country', async () => {
		expect((await call(client, 'get_story', { country: 'Moldavie' })).text).toContain(
			requireStory({ slug: 'republic-of-moldova' }).text,
		);
		expect((await call(client, 'get_story', { country: 'São Paulo' })).text).toContain(
			requireStory({ slug: 'brazil' }).text,
		);
	});

	it('says a non-participant is not one, and an unknown name has no match', async () => {
		expect((await call(client, 'get_story', { country: 'USA' })).text).toMatch(
			/^Not a participant/,
		);
		expect((await call(client, 'get_story', { country: 'Atlantis' })).text).toMatch(/^No match/);
	});

	it('says a participant without a story has none', async () => {
		const [participant] = filterGovernments({ hasStory: false, kind: 'country' });
		const { text, structured } = await call(client, 'get_story', {
			country: participant?.bookletName,
		});
		expect(text).toContain('the booklet has no success story about it');
		expect(structured).toMatchObject({ stories: [] });
	});

	it('keeps the booklet words in English whatever the language of the labels', async () => {
		const story = requireStory({ slug: 'kazakhstan' });
		const { text } = await call(client, 'get_story', { slug: 'kazakhstan', language: 'fr' });
		expect(text).toContain(story.text);
		expect(text).toContain('Kazakhstan');
	});
});
