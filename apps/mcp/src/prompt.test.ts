import { describe, expect, it } from 'vitest';
import { connectInMemory } from '../test/support/in-memory.js';

describe('cited_answer prompt', () => {
	it('sets up an answer that quotes verbatim, labels our reading and cites', async () => {
		const client = await connectInMemory();
		const { messages } = await client.getPrompt({
			name: 'cited_answer',
			arguments: { question: 'Which stories are about health?' },
		});
		const [message] = messages;
		expect(message?.content.type).toBe('text');
		const text = (message?.content as { text: string } | undefined)?.text;
		expect(text).toContain('Which stories are about health?');
		expect(text).toMatch(/Quote its words exactly/);
		expect(text).toMatch(/required citation/);
		expect(text).toMatch(/"not a participant"/);
	});
});
