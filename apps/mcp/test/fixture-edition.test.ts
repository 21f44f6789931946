// The MCP server over the data with core's test-only fixture edition added (fictional, never
// shipped): the same, unchanged tools take the new edition, filter by it and cite its story from its
// own publication, while the 2021 booklet's stories keep citing the 2021 booklet.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { call, connectInMemory } from './support/in-memory.js';

const fixture = await vi.hoisted(() => import('../../../packages/core/test/fixture-edition.js'));
vi.mock('@mgi-stories/core/data', fixture.dataModuleWithFixtureEdition);
vi.mock(
	'../../../packages/core/dist/generated/localized-names.js',
	fixture.localizedNamesModuleWithFixtureEdition,
);

const FIXTURE_CITATION = 'Fixture Publisher, 2099. Fixture Edition for Tests. Testville.';
const BOOKLET_CITATION =
	'International Organization for Migration (IOM), 2021. The Migration Governance Indicators Success Stories. IOM. Geneva.';

describe('the MCP tools with a new edition added as data (core’s fixture edition 2099)', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it('find the new edition’s stories and governments under edition 2099', async () => {
		const stories = await call(client, 'search_stories', { edition: '2099' });
		expect(stories.structured).toMatchObject({
			stories: [{ slug: 'fixtureland', edition: '2099' }],
		});
		const governments = await call(client, 'list_governments', { edition: '2099' });
		expect(
			(governments.structured as { governments: { id: string }[] }).governments.map(
				(government) => government.id,
			),
		).toEqual(['XFX']);
		const booklet = await call(client, 'search_stories', { edition: '2021' });
		expect((booklet.structured as { stories: unknown[] }).stories).toHaveLength(19);
	});

	it('check the new edition’s claims and cite its publication, not the 2021 booklet', async () => {
		const { text, structured } = await call(client, 'check_claims', { edition: '2099' });
		expect(
			(structured as { claims: { claim: { id: string } }[] }).claims.map((check) => check.claim.id),
		).toEqual(['fixture-contents-stories', 'fixture-introduction-countries']);
		expect(text).toContain(FIXTURE_CITATION);
		expect(text).not.toContain(BOOKLET_CITATION);
	});

	it('cite each story from its own edition', async () => {
		const fixture = await call(client, 'cite', { story: 'fixtureland' });
		expect(fixture.text).toContain(FIXTURE_CITATION);
		expect(fixture.text).toContain('In Fixture Edition for Tests (p. 1)');
		const story = await call(client, 'get_story', { slug: 'fixtureland' });
		expect(story.text).toContain('quoted verbatim from Fixture Edition for Tests (FIX, 2099)');
		expect(story.text).toContain(FIXTURE_CITATION);
		const albania = await call(client, 'cite', { story: 'albania' });
		expect(albania.text).toContain(BOOKLET_CITATION);
		expect(albania.text).not.toContain(FIXTURE_CITATION);
	});

	it('refuse an unknown edition, naming the editions there are', async () => {
		const { text, isError } = await call(client, 'search_stories', { edition: '2024' });
		expect(isError).toBe(true);
		expect(text).toContain('edition');
		expect(text).toMatch(/"2021"[^"]*"2099"/);
	});
});
