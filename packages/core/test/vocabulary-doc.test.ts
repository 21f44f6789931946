import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderVocabularyDoc, VOCABULARY_DOC } from '../scripts/vocabulary-doc.js';

describe('VOCABULARY.md', () => {
	const document = readFileSync(VOCABULARY_DOC, 'utf8');

	it('holds the facet tables and the stories table exactly as the data gives them (`pnpm docs` rewrites them)', () => {
		expect(document).toContain('<!-- generated:facets -->');
		expect(document).toContain('<!-- generated:stories -->');
		expect(renderVocabularyDoc(document)).toBe(document);
	});

	it('refuses a generated block it has no generator for, rather than leaving it stale', () => {
		expect(() =>
			renderVocabularyDoc('<!-- generated:nope -->\nold\n<!-- /generated:nope -->'),
		).toThrow(/no generator for the block "nope"/);
	});
});
