import { CITATION_STYLES, cite, publication, requireStory } from '@mgi-stories/core';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('cite', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it.each(CITATION_STYLES)('gives the %s citation and the required citation', async (style) => {
		const { text } = await call(client, 'cite', { story: 'iraq', style });
		expect(text).toContain(cite({ story: requireStory({ slug: 'iraq' }), style }));
		expect(text).toContain(publication.requiredCitation);
	});

	it('cites in APA when no style is given', async () => {
		const { structured } = await call(client, 'cite', { story: 'iraq' });
		expect(structured).toMatchObject({ style: 'apa' });
	});
});
