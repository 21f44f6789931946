/**
 * @module what must hold across a surface's languages: the booklet's words never change, nor do the
 * counts and verdicts; every name and label of ours is there, in the language, and never a code
 */
import type { Locale } from '@mgi-stories/core';
import type { ClaimCheck, Story } from '@mgi-stories/core/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SurfaceDataset } from './index.js';

/** The names and labels a surface publishes in one language. */
export interface LocalizedNames {
	/** every participating government (alpha-3 or local authority id) with its name */
	governments: readonly { id: string; name: string }[];
	/** every UN M49 area of the participants (M49 code) with its name */
	regions: readonly { code: string; name: string }[];
	/** every facet value with its label */
	facetValues: readonly { facet: string; value: string; label: string }[];
}

/** The booklet's words in a story: what no language may change. */
const bookletWords = (story: Story) => ({
	slug: story.slug,
	heading: story.heading,
	text: story.text,
	photo: story.photo,
	tags: story.tags.map(({ facet, value, evidence }) => ({ facet, value, evidence })),
});

/** What a claim check establishes, whatever the language of its sentences. */
const findings = (check: ClaimCheck) => ({
	id: check.claim.id,
	quote: check.claim.quote,
	facts: check.claim.facts,
	number: check.claim.number,
	verdict: check.verdict,
	counted: check.counted,
	values: check.values,
});

const bySlug = (stories: readonly Story[]) =>
	[...stories].sort((a, b) => a.slug.localeCompare(b.slug)).map(bookletWords);

export function runAcrossLanguages(
	name: string,
	locales: readonly Locale[],
	load: (locale: Locale) => Promise<SurfaceDataset>,
): void {
	describe(`conformance: ${name} across ${locales.join(', ')}`, () => {
		const data = new Map<Locale, SurfaceDataset>();
		const [first = 'en'] = locales;
		const inEvery = (check: (dataset: SurfaceDataset, locale: Locale) => void) => {
			for (const locale of locales) check(data.get(locale) as SurfaceDataset, locale);
		};
		const names = (dataset: SurfaceDataset, locale: Locale): LocalizedNames => {
			if (!dataset.names) throw new Error(`${name} publishes no names in ${locale}`);
			return dataset.names;
		};
		beforeAll(async () => {
			for (const locale of locales) data.set(locale, await load(locale));
		});

		it('keeps the booklet’s words identical in every language: story texts, captions, credits, evidence, claim quotes', () => {
			const reference = data.get(first) as SurfaceDataset;
			inEvery((dataset, locale) => {
				expect(bySlug(dataset.stories), locale).toEqual(bySlug(reference.stories));
				expect(
					dataset.claims.map((check) => [
						check.claim.quote,
						check.claim.facts,
						check.claim.section,
					]),
					locale,
				).toEqual(
					reference.claims.map((check) => [
						check.claim.quote,
						check.claim.facts,
						check.claim.section,
					]),
				);
				expect(dataset.publication, locale).toEqual(reference.publication);
			});
		});

		it('counts the same and reaches the same verdicts in every language', () => {
			const reference = data.get(first) as SurfaceDataset;
			inEvery((dataset, locale) => {
				expect(dataset.stories.length, locale).toBe(reference.stories.length);
				expect(
					dataset.countries.map((country) => country.localAuthorities.length),
					locale,
				).toEqual(reference.countries.map((country) => country.localAuthorities.length));
				expect(dataset.claims.map(findings), locale).toEqual(reference.claims.map(findings));
			});
		});

		it('names every government, area and facet value in every language: never empty, never a code or id', () => {
			inEvery((dataset, locale) => {
				const { governments, regions, facetValues } = names(dataset, locale);
				const authorities = dataset.countries.flatMap((country) => country.localAuthorities);
				expect(governments.length, locale).toBe(dataset.countries.length + authorities.length);
				for (const { id, name } of governments) {
					const country = dataset.countries.find((candidate) => candidate.alpha3 === id);
					const codes = country ? [country.alpha2, country.alpha3, country.numeric] : [id];
					expect(name.trim(), `${locale} ${id}`).not.toBe('');
					expect(codes, `${locale} ${id}: ${name}`).not.toContain(name);
				}
				const areas = new Set(
					dataset.countries.flatMap((country) =>
						[country.regionCode, country.subregionCode, country.intermediateRegionCode].filter(
							Boolean,
						),
					),
				);
				expect(regions.map((region) => region.code).sort(), locale).toEqual([...areas].sort());
				for (const { code, name } of regions) {
					expect(name.trim(), `${locale} ${code}`).not.toBe('');
					expect(name, `${locale} ${code}`).not.toMatch(/^\d+$/);
				}
				for (const { facet, value, label } of facetValues) {
					expect(label.trim(), `${locale} ${facet}:${value}`).not.toBe('');
					expect(label, `${locale} ${facet}:${value}`).not.toBe(value);
				}
			});
		});

		it('names each local authority as the booklet prints it in every language, at most with the accents the language writes (Montréal)', () => {
			const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
			inEvery((dataset, locale) => {
				const { governments } = names(dataset, locale);
				for (const authority of dataset.countries.flatMap((country) => country.localAuthorities)) {
					const name = governments.find((government) => government.id === authority.id)?.name;
					if (locale === 'en') expect(name, locale).toBe(authority.bookletName);
					else
						expect(withoutAccents(name ?? ''), locale).toBe(withoutAccents(authority.bookletName));
				}
			});
		});

		it('speaks each language: country names, area names, labels and claim checks differ from the first language’s', () => {
			const reference = data.get(first) as SurfaceDataset;
			/** the share of entries whose text differs from the reference's, matched by key */
			const changed = (here: Map<string, string>, there: Map<string, string>) =>
				[...here].filter(([key, text]) => there.get(key) !== text).length / here.size;
			const byKey = (dataset: SurfaceDataset, locale: Locale) => {
				const { governments, regions, facetValues } = names(dataset, locale);
				const countries = new Set(dataset.countries.map((country) => country.alpha3));
				return {
					countries: new Map(
						governments.filter(({ id }) => countries.has(id)).map(({ id, name }) => [id, name]),
					),
					regions: new Map(regions.map(({ code, name }) => [code, name])),
					labels: new Map(
						facetValues.map(({ facet, value, label }) => [`${facet}:${value}`, label]),
					),
					claims: new Map(dataset.claims.map((check) => [check.claim.id, check.detail])),
				};
			};
			const english = byKey(reference, first);
			for (const locale of locales.filter((candidate) => candidate !== first)) {
				const localized = byKey(data.get(locale) as SurfaceDataset, locale);
				expect(changed(localized.countries, english.countries), locale).toBeGreaterThan(0.25);
				expect(changed(localized.regions, english.regions), locale).toBeGreaterThan(0.5);
				expect(changed(localized.labels, english.labels), locale).toBeGreaterThan(0.75);
				expect(changed(localized.claims, english.claims), locale).toBe(1);
			}
		});
	});
}
