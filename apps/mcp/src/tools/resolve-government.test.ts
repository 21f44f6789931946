import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('resolve_government', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it.each([
		['Côte d’Ivoire', /^"Côte d’Ivoire" is a participant/, 'participant'],
		['Marruecos', /^"Marruecos" is a participant/, 'participant'],
		['Dominica', /^Not a participant/, 'non-participant'],
		['Paris', /^No match/, 'no-match'],
	])('answers %s plainly', async (name, said, status) => {
		const { text, structured } = await call(client, 'resolve_government', { name });
		expect(text).toMatch(said);
		expect(structured).toMatchObject({ status });
	});

	it('names the stories of a participant', async () => {
		expect((await call(client, 'resolve_government', { name: 'Kazakhstan' })).text).toContain(
			'success stories: kazakhstan',
		);
	});
});
