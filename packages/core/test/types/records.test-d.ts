import {
	type Country,
	type CountryAlpha3,
	type FacetValueIds,
	facetLabel,
	filterStories,
	findGovernment,
	findStory,
	type Government,
	type GovernmentId,
	governmentId,
	type LocalAuthority,
	type LocalAuthorityId,
	localAuthorityOf,
	type Publication,
	publicationOf,
	type Story,
	type StorySlug,
	stories,
	storiesTable,
	type Tag,
	toCsv,
} from '@mgi-stories/core';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import type * as schema from '@mgi-stories/core/schema';
import { type SearchHit, search } from '@mgi-stories/core/search';
import { describe, expectTypeOf, it } from 'vitest';

/** The values a caller has when an option is optional in its own code. */
declare const limit: number | undefined;
declare const locale: 'fr' | undefined;

/** `T`'s keys (an array's: its items'). */
type Keys<T> = T extends readonly (infer Item)[] ? Keys<Item> : keyof T;

describe('record fields are literal unions of the data', () => {
	it('types a story’s slug, country and local authority', () => {
		expectTypeOf<Story['slug']>().toEqualTypeOf<StorySlug>();
		expectTypeOf<Story['country']>().toEqualTypeOf<CountryAlpha3>();
		expectTypeOf<Story['localAuthority']>().toEqualTypeOf<LocalAuthorityId | null>();
		const slug: StorySlug | undefined = stories[0]?.slug;
		expectTypeOf(slug).toEqualTypeOf<StorySlug | undefined>();
	});

	it('narrows a tag’s value by its facet', () => {
		const tag = {} as Tag;
		if (tag.facet === 'topic') expectTypeOf(tag.value).toEqualTypeOf<FacetValueIds['topic']>();
		expectTypeOf<Extract<Tag, { facet: 'framework' }>['value']>().toEqualTypeOf<
			| 'global-compact-for-migration'
			| 'sdg-10'
			| 'un-common-country-assessment'
			| 'voluntary-national-review'
		>();
	});

	it('types a country’s codes and a search hit’s id', () => {
		expectTypeOf<Country['alpha3']>().toEqualTypeOf<CountryAlpha3>();
		expectTypeOf<SearchHit['id']>().toEqualTypeOf<StorySlug | GovernmentId>();
		expectTypeOf(search({ query: 'health' })[0]?.id).toEqualTypeOf<
			StorySlug | GovernmentId | undefined
		>();
		const government = findGovernment({ query: 'Brazil' });
		if (government) expectTypeOf(governmentId(government)).toEqualTypeOf<GovernmentId>();
	});

	it('matches the zod schemas’ records field for field (the schemas validate the data)', () => {
		expectTypeOf<Story>().toExtend<schema.Story>();
		expectTypeOf<Keys<Story>>().toEqualTypeOf<Keys<schema.Story>>();
		expectTypeOf<Country>().toExtend<schema.Country>();
		expectTypeOf<Keys<Country>>().toEqualTypeOf<Keys<schema.Country>>();
		expectTypeOf<Keys<Country['localAuthorities']>>().toEqualTypeOf<
			Keys<schema.Country['localAuthorities']>
		>();
	});
});

describe('options under exactOptionalPropertyTypes', () => {
	it('accept an optional value that may be undefined', () => {
		expectTypeOf(search).toBeCallableWith({ query: 'health', limit, locale });
		expectTypeOf(resolveGovernment).toBeCallableWith({ query: 'USA', limit });
		expectTypeOf(facetLabel).toBeCallableWith({ facet: 'topic', value: 'health', locale });
		expectTypeOf(toCsv<Story>).toBeCallableWith(storiesTable(), { variant: undefined });
	});

	it('reject unknown literal values', () => {
		// @ts-expect-error: not a topic
		filterStories({ topic: 'tourism' });
		// @ts-expect-error: not a topic value
		facetLabel({ facet: 'topic', value: 'nope' });
		// @ts-expect-error: not a CSV variant
		toCsv(storiesTable(), { variant: 'xls' });
	});

	it('say "not found" with undefined, never null', () => {
		expectTypeOf(findGovernment).returns.toEqualTypeOf<Government | undefined>();
		expectTypeOf(localAuthorityOf).returns.toEqualTypeOf<LocalAuthority | undefined>();
		expectTypeOf(findStory).returns.toEqualTypeOf<Story | undefined>();
	});

	it('give an edition’s imprint, never undefined (an id no publication has throws)', () => {
		expectTypeOf(publicationOf).returns.toEqualTypeOf<Publication>();
	});
});

describe('results that tell their kinds apart', () => {
	it('narrow a resolver candidate to a participant by `participant`', () => {
		const [candidate] = resolveGovernment({ query: 'Brazil' }).candidates;
		if (candidate?.participant) {
			expectTypeOf(candidate.id).toEqualTypeOf<GovernmentId>();
			expectTypeOf(candidate.government).toEqualTypeOf<Government>();
		} else if (candidate) {
			expectTypeOf(candidate.government).toEqualTypeOf<null>();
		}
	});

	it('narrow a search hit’s id by its `kind`', () => {
		const [hit] = search({ query: 'health' });
		if (hit?.kind === 'story') expectTypeOf(hit.id).toEqualTypeOf<StorySlug>();
		else if (hit) expectTypeOf(hit.id).toEqualTypeOf<GovernmentId>();
	});
});
