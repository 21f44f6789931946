import { describe, expect, it } from 'vitest';
import { claims, countries, publications, stories, vocabulary } from './data.js';
import { assertIntegrity } from './integrity.js';
import type { StoryRecord } from './schema/story.js';

const classification = Object.fromEntries(stories.map((story) => [story.slug, story.tags]));
const records: StoryRecord[] = stories.map(({ tags: _tags, ...story }) => story);
const dataset = { publications, countries, stories: records, classification, claims, vocabulary };

describe('assertIntegrity', () => {
	it('accepts the shipped dataset', () => {
		expect(() => assertIntegrity(dataset)).not.toThrow();
	});

	it('rejects a story about a country that did not participate', () => {
		const story = { ...records[0], country: 'FRA' } as (typeof records)[number];
		expect(() => assertIntegrity({ ...dataset, stories: [story] })).toThrow(
			'stories[albania].country: FRA is not a participating government',
		);
	});

	it('rejects a local story whose authority is not listed under its country', () => {
		const story = {
			...records[0],
			level: 'local',
			localAuthority: 'br-sao-paulo',
		} as (typeof records)[number];
		expect(() => assertIntegrity({ ...dataset, stories: [story] })).toThrow(
			'stories[albania].localAuthority: br-sao-paulo is not listed under Albania',
		);
	});

	it('rejects evidence that is not verbatim', () => {
		const tags = [{ facet: 'topic' as const, value: 'health', evidence: 'paraphrased words' }];
		expect(() =>
			assertIntegrity({
				...dataset,
				stories: records.slice(0, 1),
				classification: { albania: tags },
			}),
		).toThrow(
			'classification[albania].0.evidence: "paraphrased words" does not occur verbatim in the story',
		);
	});

	it('rejects a tag value outside the vocabulary', () => {
		const tags = [{ facet: 'topic' as const, value: 'tourism', evidence: 'The MGI in Albania' }];
		expect(() =>
			assertIntegrity({
				...dataset,
				stories: records.slice(0, 1),
				classification: { albania: tags },
			}),
		).toThrow('classification[albania].0.value: tourism is not in the topic vocabulary');
	});

	it('rejects a record of an edition the publications do not list', () => {
		const story = { ...records[0], edition: '2099' } as (typeof records)[number];
		expect(() => assertIntegrity({ ...dataset, stories: [story] })).toThrow(
			'stories[albania].edition: 2099 is not an edition of data/publications.json (2021)',
		);
	});

	it('rejects duplicate codes', () => {
		const [first, second] = countries;
		const clash = { ...second, alpha2: first?.alpha2 } as (typeof countries)[number];
		expect(() =>
			assertIntegrity({
				...dataset,
				countries: [first as (typeof countries)[number], clash],
				stories: [],
				classification: {},
			}),
		).toThrow(/countries\[AGO\]\.code: AL is also used by ALB/);
	});
});
