import { governments, requireStory, stories } from '@mgi-stories/core';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory } from '../test/support/in-memory.js';

describe('resources', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	const read = async (uri: string) => {
		const [content] = (await client.readResource({ uri })).contents;
		return JSON.parse((content as { text: string }).text);
	};

	it('lists every story, every participating government and the source', async () => {
		const { resources } = await client.listResources();
		expect(resources).toHaveLength(stories.length + governments.length + 1);
	});

	it('reads a story with its citation and the classification labelled', async () => {
		const story = await read('mgi://stories/zambia');
		expect(story).toMatchObject({
			...requireStory({ slug: 'zambia' }),
			classificationIs: expect.stringContaining("not IOM's words"),
			citation: { apa: expect.stringContaining('Zambia') },
		});
	});

	it('reads a government by alpha-3 or local authority id, a country with its local stories too', async () => {
		expect(await read('mgi://governments/BRA')).toMatchObject({
			bookletName: 'Brazil',
			stories: ['brazil'],
		});
		expect(await read('mgi://governments/br-sao-paulo')).toMatchObject({ stories: ['brazil'] });
	});

	it('answers an unknown resource with an error, not a crash', async () => {
		await expect(client.readResource({ uri: 'mgi://stories/atlantis' })).rejects.toThrow(
			/No resource at mgi:\/\/stories\/atlantis/,
		);
	});
});
