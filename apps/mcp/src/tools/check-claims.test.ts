import { checkClaims } from '@mgi-stories/core/i18n';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, connectInMemory } from '../../test/support/in-memory.js';

describe('check_claims', () => {
	let client: Client;
	beforeAll(async () => {
		client = await connectInMemory();
	});

	it("quotes each claim verbatim and reports the booklet's disagreement with itself", async () => {
		const { text } = await call(client, 'check_claims');
		for (const check of checkClaims()) {
			if (check.claim.quote) expect(text).toContain(`"${check.claim.quote}"`);
			expect(text).toContain(`verdict: ${check.verdict} — ${check.detail}`);
		}
		expect(text).toContain('verdict: inconsistent');
	});

	it('explains the verdicts in the language asked', async () => {
		const { text } = await call(client, 'check_claims', { language: 'es' });
		expect(text).toContain(
			checkClaims({ locale: 'es' }).find((check) => check.verdict === 'inconsistent')?.detail,
		);
	});
});
