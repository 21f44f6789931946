import { describe, expect, it } from 'vitest';
import {
	claims,
	countries,
	governments,
	localAuthorities,
	publication,
	stories,
	vocabulary,
} from './data.js';
import { DataError } from './errors.js';
import { StoryRecordSchema } from './schema/story.js';
import { parseRecords } from './validate.js';

describe('dataset', () => {
	it('holds the 19 stories, 84 countries and 29 local authorities of the 2021 booklet', () => {
		expect(stories).toHaveLength(19);
		expect(countries).toHaveLength(84);
		expect(localAuthorities).toHaveLength(29);
		expect(governments).toHaveLength(113);
	});

	it('keeps stories in page order', () => {
		expect(stories.map((story) => story.page)).toEqual(
			Array.from({ length: 19 }, (_, at) => at + 1),
		);
	});

	it('records the edition of every story and government', () => {
		for (const record of [...stories, ...governments, ...claims])
			expect(record.edition).toBe('2021');
		expect(publication.edition).toBe('2021');
	});

	it('has exactly one local story, São Paulo, and two stories without a photo', () => {
		expect(
			stories.filter((story) => story.level === 'local').map((story) => story.localAuthority),
		).toEqual(['br-sao-paulo']);
		expect(stories.filter((story) => story.photo === null).map((story) => story.slug)).toEqual([
			'brazil',
			'tajikistan',
		]);
	});

	it('is deeply frozen', () => {
		expect(Object.isFrozen(stories)).toBe(true);
		expect(Object.isFrozen(stories[0]?.tags[0])).toBe(true);
		expect(Object.isFrozen(countries[0]?.point)).toBe(true);
		expect(() => {
			(publication as { title: string }).title = 'changed';
		}).toThrow(TypeError);
	});

	it('uses every vocabulary value outside the fixed GCM list at least once', () => {
		for (const facet of vocabulary.facets.filter((candidate) => candidate.id !== 'gcmObjective')) {
			for (const value of facet.values) {
				const used = stories.some((story) =>
					story.tags.some((tag) => tag.facet === facet.id && tag.value === value.id),
				);
				expect(used, `${facet.id}:${value.id}`).toBe(true);
			}
		}
	});

	it('lists all 23 objectives of the Global Compact for Migration', () => {
		const objectives = vocabulary.facets.find((facet) => facet.id === 'gcmObjective')?.values;
		expect(objectives?.map((value) => value.id)).toEqual(
			Array.from({ length: 23 }, (_, at) => `objective-${at + 1}`),
		);
	});
});

describe('parseRecords', () => {
	it('names the collection, record and field of invalid data', () => {
		const broken = [
			{
				...stories[0],
				tags: undefined,
				photo: { caption: ' padded ', credit: '© IOM', sourceTextImageDescription: null },
			},
		];
		const { tags: _tags, ...record } = broken[0] as Record<string, unknown>;
		expect(() =>
			parseRecords(StoryRecordSchema, [record], 'stories', (value) => value.slug),
		).toThrow(
			new DataError(
				'stories',
				'albania',
				'photo.caption',
				'verbatim text has no leading or trailing whitespace',
			),
		);
	});

	it('falls back to the index when a record has no key', () => {
		expect(() => parseRecords(StoryRecordSchema, [42], 'stories', (value) => value.slug)).toThrow(
			/^stories\[0\]\.\(record\)/,
		);
	});
});
