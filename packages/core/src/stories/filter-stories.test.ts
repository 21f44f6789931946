import { describe, expect, it } from 'vitest';
import { vocabulary } from '../data.js';
import { FACET_IDS } from '../vocabulary/facet-ids.js';
import { filterStories } from './filter-stories.js';
import { findStory } from './find-story.js';

const slugs = (filter: Parameters<typeof filterStories>[0]) =>
	filterStories(filter).map((story) => story.slug);

describe('filterStories', () => {
	it('returns every story in page order without filters', () => {
		expect(slugs({})).toHaveLength(19);
		expect(slugs({})[0]).toBe('albania');
	});

	it('selects the stories of one edition, and names the editions when asked for another', () => {
		expect(slugs({ edition: '2021' })).toEqual(slugs({}));
		expect(() => filterStories({ edition: '2024' })).toThrow(
			'filterStories: edition must be one of "2021"; got "2024"',
		);
	});

	it('filters by facet value', () => {
		expect(slugs({ topic: 'trafficking' })).toEqual(['sierra-leone', 'uruguay']);
		expect(slugs({ framework: 'un-common-country-assessment' })).toEqual(['timor-leste', 'zambia']);
	});

	it('treats values of one filter as alternatives and different filters as all required', () => {
		expect(slugs({ topic: ['trafficking', 'health'] })).toEqual([
			'cambodia',
			'ireland',
			'sierra-leone',
			'uruguay',
		]);
		expect(slugs({ topic: 'trafficking', region: 'Africa' })).toEqual(['sierra-leone']);
	});

	it('filters by level and region, ignoring case', () => {
		expect(slugs({ level: 'local' })).toEqual(['brazil']);
		expect(slugs({ region: 'oceania' })).toEqual([]);
		expect(slugs({ subregion: 'Central Asia' })).toEqual(['kazakhstan', 'tajikistan']);
	});

	it('filters by any code or name of the country, or by a local authority', () => {
		expect(slugs({ country: 'MD' })).toEqual(['republic-of-moldova']);
		expect(slugs({ country: 'East Timor' })).toEqual(['timor-leste']);
		expect(slugs({ country: 'São Paulo' })).toEqual(['brazil']);
		expect(slugs({ country: 'Germany' })).toEqual([]);
		expect(() => slugs({ country: 'Atlantis' })).toThrow(
			/^filterStories: country must be the code, id or name of a participating government/,
		);
	});

	it('takes no query: full-text search is searchStories, at the search entry', () => {
		expect(() => filterStories({ query: 'health' } as never)).toThrow(
			/"query" is not one of its options/,
		);
	});
});

describe('findStory', () => {
	it('finds a story by slug, case-insensitively', () => {
		expect(findStory({ slug: 'Timor-Leste' })?.heading).toBe('TIMOR-LESTE');
	});

	it('returns undefined for an unknown slug', () => {
		expect(findStory({ slug: 'france' })).toBeUndefined();
	});
});

describe('filterStories arguments', () => {
	it('matches facet values and levels case-insensitively, as regions', () => {
		// @ts-expect-error: the literal types are the canonical spelling; the runtime forgives case
		expect(slugs({ topic: 'Trafficking', level: 'NATIONAL' })).toEqual(['sierra-leone', 'uruguay']);
	});

	it('names an unknown facet value and the values of the facet', () => {
		// @ts-expect-error: not a topic
		expect(() => filterStories({ topic: 'tourism' })).toThrow(
			/^filterStories: topic must be one of "health", .*; got "tourism"$/,
		);
		// @ts-expect-error: a misspelt level
		expect(() => filterStories({ level: 'nationall' })).toThrow(
			'filterStories: level must be one of "national", "local"; got "nationall"',
		);
	});

	it('rejects an empty list, which would select nothing, for every list filter', () => {
		for (const option of ['topic', 'country', 'region', 'level'] as const)
			expect(() => filterStories({ [option]: [] })).toThrow(
				`filterStories: ${option} must be a value or a list of at least one value (leave it out not to filter by it); got an empty array`,
			);
	});

	it('says `q` is now `query`', () => {
		// @ts-expect-error: renamed
		expect(() => filterStories({ q: 'health' })).toThrow(/"q" is not one of its options/);
	});

	it('filters on every facet of the vocabulary', () => {
		expect(vocabulary.facets.map((facet) => facet.id)).toEqual([...FACET_IDS]);
		for (const facet of FACET_IDS) {
			const value = vocabulary.facets.find((candidate) => candidate.id === facet)?.values[0]?.id;
			const tagged = filterStories().filter((story) =>
				story.tags.some((tag) => tag.facet === facet && tag.value === value),
			);
			expect(slugs({ [facet]: value }), facet).toEqual(tagged.map((story) => story.slug));
		}
	});
});
