// The site over the data with core's test-only fixture edition added (fictional, never shipped): the
// same, unchanged pages filter by edition, list each edition's stories on its own page and cite a
// story from its own edition's publication, not the latest one.
import { EDITIONS, filterStories, findStory } from '@mgi-stories/core';
import { describe, expect, it, vi } from 'vitest';
import { matches } from '$lib/filters';
import { m } from '$lib/paraglide/messages';
import { editionYears, participationPeriod } from '$lib/server/editions';
import { embedCard } from '$lib/server/embed';
import { storyJsonLd, websiteJsonLd } from '$lib/server/json-ld';
import { filterGroups, storySummaries } from '$lib/server/stories';
import type { ReferenceRun } from '$lib/types';
import * as layout from './+layout.server';
import * as aboutPage from './about/+page.server';
import * as governmentPage from './governments/[id]/+page.server';
import * as storiesPage from './stories/[...filter]/+page.server';
import * as storyPage from './stories/[slug]/+page.server';

const fixture = await vi.hoisted(() => import('../../../../packages/core/test/fixture-edition.js'));
vi.mock('@mgi-stories/core/data', fixture.dataModuleWithFixtureEdition);
vi.mock(
	'../../../../packages/core/dist/generated/localized-names.js',
	fixture.localizedNamesModuleWithFixtureEdition,
);

/** A page's data as the prerenderer loads it, from the route's params alone. */
async function pageData<Data>(
	load: (event: never) => Data | Promise<Data>,
	params: Record<string, string>,
): Promise<Exclude<Data, void>> {
	const data = await load({ params } as never);
	if (!data) throw new Error('the page loaded no data');
	return data as Exclude<Data, void>;
}
const loadStories = (filter: string) => pageData(storiesPage.load, { filter });
const loadStory = (slug: string) => pageData(storyPage.load, { slug });
const loadGovernment = (id: string) => pageData(governmentPage.load, { id });

describe('the site with a new edition added as data (core’s fixture edition 2099)', () => {
	it('offers an edition filter, each edition counted', () => {
		const edition = filterGroups().find((group) => group.key === 'edition');
		expect(
			edition?.options.map(({ value, label, description, total }) => ({
				value,
				label,
				description,
				total,
			})),
		).toEqual([
			{
				value: '2021',
				label: '2021',
				description: 'The Migration Governance Indicators Success Stories',
				total: 19,
			},
			{ value: '2099', label: '2099', description: 'Fixture Edition for Tests', total: 1 },
		]);
	});

	it('filters by edition as core’s filterStories does', () => {
		for (const value of EDITIONS) {
			const mine = storySummaries()
				.filter((story) => matches(story, { edition: [value] }))
				.map((story) => story.slug);
			expect(mine).toEqual(filterStories({ edition: value }).map((story) => story.slug));
		}
	});

	it('prerenders a stories page per edition, listing that edition’s stories', async () => {
		const entries = (await storiesPage.entries()).map((entry) => entry.filter);
		expect(entries).toEqual(expect.arrayContaining(['edition/2021', 'edition/2099']));
		const page = await loadStories('edition/2099');
		expect(page.shown).toEqual(['fixtureland']);
		expect(page.base).toMatchObject({ key: 'edition', value: '2099', label: '2099' });
		expect(page.meta?.description).toContain('Fixture Edition for Tests');
		expect((await loadStories('edition/2021')).shown).toHaveLength(19);
	});

	it('cites a story of the new edition from its own publication', async () => {
		const story = findStory({ slug: 'fixtureland' });
		if (!story) throw new Error('the fixture story is missing');
		const page = await loadStory('fixtureland');
		expect(page.source).toMatchObject({
			title: 'Fixture Edition for Tests',
			url: 'urn:isbn:000-0-00-000000-0',
			year: 2099,
		});
		expect(page.references.apa.runs.find((run: ReferenceRun) => run.cite)?.text).toBe(
			'Fixture Edition for Tests',
		);
		const jsonLd = storyJsonLd(story, { name: 'n', url: 'u' });
		expect(jsonLd.mainEntity).toMatchObject({
			copyrightYear: 2099,
			isPartOf: {
				name: 'Fixture Edition for Tests',
				isbn: ['000-0-00-000000-0', '000-0-00-000000-1'],
			},
		});
		const card = embedCard(story);
		expect(card).toContain('urn:isbn:000-0-00-000000-0');
		expect(card).toContain('Fixture Publisher, 2099. Fixture Edition for Tests. Testville.');
	});

	it('keeps citing the 2021 booklet’s stories from the 2021 booklet', async () => {
		const page = await loadStory('albania');
		expect(page.source).toMatchObject({ year: 2021, url: 'urn:isbn:978-92-9268-019-0' });
	});

	it('credits every edition in the footer, each with its own year and licence', async () => {
		const { site } = await pageData(layout.load, {});
		expect(site?.sources.map(({ title, year }) => ({ title, year }))).toEqual([
			{ title: 'The Migration Governance Indicators Success Stories', year: 2021 },
			{ title: 'Fixture Edition for Tests', year: 2099 },
		]);
	});

	it('describes the site as built on every edition, each with its own stories', () => {
		const site = websiteJsonLd({ name: 'Site', path: '/' });
		expect(site.description).toBe(
			'The 19 success stories of “The Migration Governance Indicators Success Stories” (IOM, 2021) as open data. The success story of “Fixture Edition for Tests” (FIX, 2099) as open data.',
		);
		expect(site.isBasedOn).toMatchObject([
			{ name: 'The Migration Governance Indicators Success Stories', datePublished: '2021' },
			{ name: 'Fixture Edition for Tests', isbn: ['000-0-00-000000-0', '000-0-00-000000-1'] },
		]);
	});

	it('says on the about page that the dataset covers both editions, in every language', async () => {
		const { editions, editionCount } = await pageData(aboutPage.load, {});
		const sentence = (locale: 'en' | 'fr' | 'es') =>
			m.about_method_edition({ editions, count: editionCount }, { locale });
		expect(sentence('en')).toBe(
			'This dataset covers the 2021 and 2099 editions, and every record says which edition it comes from.',
		);
		expect(sentence('fr')).toMatch(/^Ce jeu de données couvre les éditions de /);
		expect(sentence('es')).toMatch(/^Este conjunto de datos abarca las ediciones de /);
	});

	it('names every edition’s years, and each government’s own edition’s period', async () => {
		expect(editionYears()).toBe('2021 and 2099');
		expect(participationPeriod()).toEqual({ from: 2016, to: 2099 });
		expect((await loadGovernment('xfx')).period).toEqual({ from: 2098, to: 2099 });
		expect((await loadGovernment('alb')).period).toEqual({ from: 2016, to: 2021 });
	});
});
