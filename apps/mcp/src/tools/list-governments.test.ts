import { filterGovernments, governments } from '@mgi-stories/core';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('list_governments', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it("lists every government on the booklet's list, in its order", async () => {
		const { structured } = await call(client, 'list_governments');
		expect(
			(structured as { governments: { bookletName: string }[] }).governments.map(
				(g) => g.bookletName,
			),
		).toEqual(governments.map((government) => government.bookletName));
	});

	it('filters by region and kind, naming regions in the language asked', async () => {
		const { structured } = await call(client, 'list_governments', {
			region: 'Africa',
			kind: 'local',
			language: 'fr',
		});
		const listed = (structured as { governments: { region: string }[] }).governments;
		expect(listed).toHaveLength(filterGovernments({ region: 'Africa', kind: 'local' }).length);
		expect(new Set(listed.map((government) => government.region))).toEqual(new Set(['Afrique']));
	});
});
