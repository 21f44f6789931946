import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { claimRows } from './claims';

const signatory = () => claimRows().find((claim) => claim.id === 'foreword-signatory');

describe('claimRows', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('marks the booklet’s facts as English inside a French or Spanish detail', () => {
		for (const locale of ['fr', 'es'] as const) {
			overwriteGetLocale(() => locale);
			expect(signatory()?.detailParts.filter((part) => part.lang === 'en')).toEqual([
				{ text: 'António Vitorino', lang: 'en' },
				{ text: 'IOM Director General', lang: 'en' },
			]);
		}
	});

	it('keeps an English detail whole', () => {
		expect(signatory()?.detailParts).toHaveLength(1);
	});
});
