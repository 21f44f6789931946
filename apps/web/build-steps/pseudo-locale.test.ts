import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PSEUDO_RUN, pseudoCatalogue, pseudoText } from './pseudo-locale.js';

const english = JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8'));
/** every text of a catalogue, variants included, in key order */
const texts = (catalogue: Record<string, unknown>) =>
	Object.entries(catalogue)
		.filter(([key]) => key !== '$schema')
		.flatMap(([, message]) =>
			typeof message === 'string'
				? [message]
				: (message as { match: Record<string, string> }[]).flatMap((variant) =>
						Object.values(variant.match),
					),
		);

describe('pseudo-locale', () => {
	it('accents every word, keeps placeholders and brackets the message', () => {
		expect(pseudoText('Read the story of {name}')).toBe('[Ŕééááď ţĥééé šţóóŕýý óóf {name}]');
		expect(pseudoText('{countText} stories')).toMatch(/^\[\{countText\} šţóóŕííéé?š\]$/);
	});

	it('leaves text without letters as it is', () => {
		expect(pseudoText('“')).toBe('“');
		expect(pseudoText('[Data set]')).toBe('[［Ďááţáá šéééţ］]');
		expect(pseudoText('{count}')).toBe('{count}');
	});

	it('makes the catalogue about 35 % longer, every message and variant marked as pseudo', () => {
		const before = texts(english);
		const after = texts(pseudoCatalogue(english));
		expect(after).toHaveLength(before.length);
		const length = (all: string[]) => all.join('').length;
		expect(length(after) / length(before)).toBeGreaterThan(1.3);
		expect(length(after) / length(before)).toBeLessThan(1.5);
		for (const [index, text] of after.entries()) {
			if (/\p{L}/u.test((before[index] ?? '').replace(/\{[^}]*\}/g, '')))
				expect(text.match(PSEUDO_RUN)?.join(''), before[index]).toBe(text);
		}
	});

	it('tells pseudo text from English', () => {
		expect('Read more'.match(PSEUDO_RUN)).toBeNull();
		expect('[Beta]'.match(PSEUDO_RUN)).toBeNull();
	});
});
