import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { claimGroups, claimRows } from './claims';

const signatory = () => claimRows().find((claim) => claim.id === 'foreword-signatory');

describe('claimRows', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('marks the booklet’s facts as English inside a French or Spanish detail, a person’s name as no English (round 6)', () => {
		for (const locale of ['fr', 'es'] as const) {
			overwriteGetLocale(() => locale);
			expect(signatory()?.detailParts.filter((part) => part.lang === 'en')).toEqual([
				{ text: 'IOM Director General', lang: 'en' },
			]);
			expect(signatory()?.descriptionParts.some((part) => part.lang === 'en')).toBe(false);
		}
	});

	it('quotes a section of the booklet by its own English heading, marked as English', () => {
		for (const locale of ['fr', 'es'] as const) {
			overwriteGetLocale(() => locale);
			const indicators = claimRows().find((claim) => claim.id === 'foreword-indicators');
			expect(indicators?.detailParts).toContainEqual({
				text: 'The Migration Governance Indicators',
				lang: 'en',
			});
		}
	});

	it('marks the Economist Intelligence Unit as English in our French and Spanish reading, elided in French', () => {
		const partner = () =>
			claimRows().find((claim) => claim.id === 'foreword-economist-intelligence-unit');
		overwriteGetLocale(() => 'fr');
		expect(partner()?.descriptionParts).toEqual([
			{ text: 'les IGM ont été lancés avec l’appui de l’' },
			{ text: 'Economist Intelligence Unit', lang: 'en' },
			{ text: '.' },
		]);
		overwriteGetLocale(() => 'es');
		expect(partner()?.descriptionParts).toContainEqual({
			text: 'The Economist Intelligence Unit',
			lang: 'en',
		});
	});

	it('goes on in lower case after « Notre lecture : »', () => {
		overwriteGetLocale(() => 'fr');
		expect(claimRows().find((claim) => claim.id === 'foreword-countries')?.description).toMatch(
			/^le nombre de pays/,
		);
	});

	it('keeps an English detail whole', () => {
		expect(signatory()?.detailParts).toHaveLength(1);
	});

	it('gives a claim the page the booklet’s contents print for its section, and none they do not give', () => {
		expect(signatory()?.page).toBe('III');
		expect(claimRows().find((claim) => claim.section === 'Contents')?.page).toBeNull();
	});
});

describe('claimGroups', () => {
	it('puts the disagreements first and keeps every claim once', () => {
		const claims = claimRows();
		const groups = claimGroups(claims);
		expect(groups.map((group) => group.verdict)).toEqual([
			'inconsistent',
			'depends-on-reading',
			'not-checkable',
			'consistent',
		]);
		expect(groups[0]?.claims.map((claim) => claim.id)).toContain('foreword-local-authorities');
		expect(groups.flatMap((group) => group.claims)).toHaveLength(claims.length);
	});
});
