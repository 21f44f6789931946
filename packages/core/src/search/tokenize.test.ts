import { describe, expect, it } from 'vitest';
import { processTerm, stemOf } from './tokenize.js';

describe('processTerm', () => {
	it('ignores case, accents and English suffixes', () => {
		expect(processTerm('São')).toBe('sao');
		expect(processTerm('Recruiting')).toBe(processTerm('recruitment'));
		expect(processTerm('objectives')).toBe(processTerm('objective'));
		expect(processTerm('trafficked')).toBe(processTerm('trafficking'));
	});

	it('keeps unrelated words apart (Porter2, not Porter: fewer over-stemmed words)', () => {
		for (const [word, other] of [
			['general', 'generation'],
			['news', 'new'],
			['community', 'communication'],
			['recruitment', 'recreation'],
			['migrant', 'migration'],
		] as const) {
			expect(stemOf(word), `${word} / ${other}`).not.toBe(stemOf(other));
		}
	});
});
