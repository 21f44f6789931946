// Adding an edition is a data change: the fixture edition (test/fixtures/edition-2099, fictional) is
// added to the data files, validated by the build's own schemas and integrity rules, and read by the
// same, unchanged functions, which keep each edition's stories, governments, claims and imprint apart.
import { describe, expect, it, vi } from 'vitest';
import {
	checkClaims,
	cite,
	datasetStats,
	EDITIONS,
	filterGovernments,
	filterStories,
	governmentName,
	publication,
	publicationOf,
	requireStory,
} from '../src/index.js';
import { FIXTURE_EDITION } from './fixture-edition.js';

const fixture = await vi.hoisted(() => import('./fixture-edition.js'));
vi.mock('../src/data.js', fixture.dataModuleWithFixtureEdition);
vi.mock('../src/generated/localized-names.js', fixture.localizedNamesModuleWithFixtureEdition);

const slugs = (filter: Parameters<typeof filterStories>[0]) =>
	filterStories(filter).map((story) => story.slug);

describe('a new edition added as data (the test-only fixture edition 2099)', () => {
	it('is an edition of the dataset, after 2021, and the latest imprint is its own', () => {
		expect(EDITIONS).toEqual(['2021', FIXTURE_EDITION]);
		expect(publication).toMatchObject({
			edition: FIXTURE_EDITION,
			title: 'Fixture Edition for Tests',
		});
	});

	it('has its stories selected by edition, after the 2021 stories, which stay 19', () => {
		expect(slugs({ edition: FIXTURE_EDITION })).toEqual(['fixtureland']);
		expect(slugs({ edition: '2021' })).toHaveLength(19);
		expect(slugs({}).slice(-2)).toEqual(['zambia', 'fixtureland']);
		expect(slugs({ edition: FIXTURE_EDITION, topic: 'partnerships' })).toEqual(['fixtureland']);
	});

	it('has its governments selected by edition', () => {
		const ids = (edition: string) =>
			filterGovernments({ edition }).map((government) =>
				government.kind === 'country' ? government.alpha3 : government.id,
			);
		expect(ids(FIXTURE_EDITION)).toEqual(['XFX']);
		expect(ids('2021')).toHaveLength(113);
		expect(filterGovernments({ edition: FIXTURE_EDITION, hasStory: true })).toHaveLength(1);
	});

	it('checks its claims against its own records only', () => {
		const verdicts = checkClaims({ edition: FIXTURE_EDITION }).map(
			({ claim, verdict, counted }) => ({ id: claim.id, verdict, counted }),
		);
		expect(verdicts).toEqual([
			{ id: 'fixture-contents-stories', verdict: 'consistent', counted: 1 },
			{ id: 'fixture-introduction-countries', verdict: 'inconsistent', counted: 1 },
		]);
		const booklet = checkClaims({ edition: '2021' });
		expect(booklet.every((check) => check.claim.edition === '2021')).toBe(true);
		expect(booklet.find((check) => check.claim.id === 'contents-stories')?.counted).toBe(19);
		expect(checkClaims()).toHaveLength(booklet.length + verdicts.length);
	});

	it('cites its stories as chapters of itself, and the 2021 stories as chapters of the 2021 booklet', () => {
		expect(cite({ story: requireStory({ slug: 'fixtureland' }), style: 'apa' })).toBe(
			'Fixture Publisher (FIX). (2099). Fixtureland. In Fixture Edition for Tests (p. 1). ISBN 000-0-00-000000-0 (PDF)',
		);
		expect(cite({ story: requireStory({ slug: 'albania' }), style: 'apa' })).toBe(
			'International Organization for Migration (IOM). (2021). Albania. In The Migration Governance Indicators Success Stories (p. 1). ISBN 978-92-9268-019-0 (PDF)',
		);
	});

	it('has its own imprint, and the 2021 booklet keeps its', () => {
		expect(publicationOf(FIXTURE_EDITION)).toBe(publication);
		expect(publicationOf('2021').title).toBe('The Migration Governance Indicators Success Stories');
	});

	it('counts from its own data, apart from the 2021 booklet’s', () => {
		expect(datasetStats({ edition: FIXTURE_EDITION })).toMatchObject({
			edition: FIXTURE_EDITION,
			countries: 1,
			localAuthorities: 0,
			stories: 1,
			storiesByLevel: { national: 1, local: 0 },
			countriesWithStory: 1,
			regions: [{ region: 'Europe', countries: 1, stories: 1 }],
		});
		expect(datasetStats({ edition: '2021' })).toMatchObject({ countries: 84, stories: 19 });
		expect(datasetStats()).toMatchObject({ edition: null, countries: 85, stories: 20 });
	});

	it('names its governments from its own data, in every language', () => {
		const [fixtureland] = filterGovernments({ edition: FIXTURE_EDITION });
		expect(fixtureland && governmentName(fixtureland, { locale: 'fr' })).toBe('Fixtureland (fr)');
	});

	it('is listed among the editions an unknown one is told', () => {
		expect(() => filterStories({ edition: '2024' })).toThrow(
			'filterStories: edition must be one of "2021", "2099"; got "2024"',
		);
	});
});
