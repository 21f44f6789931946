import { governmentById, type LocalAuthority, stories } from '@mgi-stories/core';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { governmentSummaries, levelReasonParts } from './governments';

describe('levelReasonParts', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	const heredia = () => governmentById({ id: 'cr-heredia' }) as LocalAuthority;

	it('labels the GeoNames division as its English name and marks it English, in French and Spanish', () => {
		overwriteGetLocale(() => 'fr');
		const french = levelReasonParts(heredia());
		expect(french.map((part) => part.text).join('')).toContain(
			'division, nom anglais de GeoNames\u202f: Heredia Province',
		);
		expect(french.filter((part) => part.lang === 'en').map((part) => part.text)).toEqual([
			'Heredia Province',
			'Heredia Province',
		]);
		overwriteGetLocale(() => 'es');
		expect(levelReasonParts(heredia())).toContainEqual({ text: 'Heredia Province', lang: 'en' });
	});

	it('marks the division English only where the reading names it in brackets, not the same name in running text', () => {
		overwriteGetLocale(() => 'fr');
		const english = (id: string) =>
			levelReasonParts(governmentById({ id }) as LocalAuthority)
				.filter((part) => part.lang === 'en')
				.map((part) => part.text);
		expect(english('mx-oaxaca')).toEqual([]);
		expect(english('br-sao-paulo')).toEqual([
			'The local MGI process in São Paulo supported the development of the Municipal Plan for Immigrant Policies (2021–2024)',
		]);
		expect(english('ca-montreal')).toEqual(['Quebec']);
	});

	it('keeps the English reading whole', () => {
		expect(levelReasonParts(heredia())).toHaveLength(1);
	});
});

describe('governmentSummaries', () => {
	it('count each story once, for the government it is about: the column adds up to 19', () => {
		const summaries = governmentSummaries();
		expect(summaries.reduce((sum, summary) => sum + summary.stories, 0)).toBe(stories.length);
	});

	it('give São Paulo its story, and Brazil none of its own', () => {
		const summaries = governmentSummaries();
		expect(summaries.find((summary) => summary.id === 'BRA')?.stories).toBe(0);
		expect(summaries.find((summary) => summary.id === 'br-sao-paulo')?.stories).toBe(1);
	});

	it('link a government to its story (São Paulo to the one slugged brazil), and one without a story to none', () => {
		const summaries = governmentSummaries();
		for (const summary of summaries) {
			expect(summary.storyHref !== null).toBe(summary.stories > 0);
		}
		expect(summaries.find((summary) => summary.id === 'br-sao-paulo')?.storyHref).toBe(
			'/stories/brazil/',
		);
	});
});
