import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../scripts/data-files.js';
import { buildDataset, parseCollection, releaseOf } from './collections.js';
import { datasetRelease, datasetVersion } from './data.js';
import { DataError } from './errors.js';

const files = readDataFiles(join(dirname(fileURLToPath(import.meta.url)), '..', 'data'));
const copy = <T>(value: T): T => structuredClone(value);

describe('buildDataset', () => {
	it('accepts the shipped data files and lays out one module per collection', () => {
		const dataset = buildDataset(files);
		// the catalogues are three modules, so a bundle's chunk takes only the file it reads
		expect(Object.keys(dataset.modules).sort()).toEqual(
			[
				'catalogue-labels',
				'catalogue-sentences',
				'catalogue-translations',
				'claims',
				'governments',
				'publications',
				'stories',
				'vocabulary',
			]
				.concat(
					Object.keys(files).filter(
						(name) =>
							![
								'catalogues',
								'claims',
								'classification',
								'governments',
								'publications',
								'stories',
								'vocabulary',
							].includes(name),
					),
				)
				.sort(),
		);
		expect(dataset.literals.StorySlug).toHaveLength(19);
		expect(dataset.literals.CountryAlpha3).toContain('ALB');
		expect(Object.keys(dataset.facetValues)).toEqual(dataset.literals.FacetId);
	});

	it('merges each story with its classification, in page order', () => {
		const stories = buildDataset(files).modules.stories?.exports.stories?.value as {
			page: number;
			tags: unknown[];
		}[];
		expect(stories.map((story) => story.page)).toEqual(stories.map((_, at) => at + 1));
		expect(stories.every((story) => story.tags.length > 0)).toBe(true);
	});

	it('names the collection, record and field of an invalid record', () => {
		const stories = copy(files.stories) as { photo: { caption: string } | null }[];
		const albania = stories[0];
		if (albania?.photo) albania.photo.caption = ' padded ';
		expect(() => buildDataset({ ...files, stories })).toThrow(
			new DataError(
				'stories',
				'albania',
				'photo.caption',
				'verbatim text has no leading or trailing whitespace',
			),
		);
	});

	it('names a country or local authority nested in the governments file by its code or id', () => {
		const governments = copy(files.governments) as {
			countries: { point: { lat: number }; localAuthorities: { point: { lat: number } }[] }[];
		};
		const [first] = governments.countries;
		if (first) first.point.lat = 123;
		expect(() => parseCollection('governments', governments)).toThrow(
			/^governments\[ALB\]\.point\.lat: /,
		);
	});

	it('names the story of a bad classification entry', () => {
		const classification = copy(files.classification) as Record<string, { value: string }[]>;
		const [tag] = classification.albania ?? [];
		if (tag) tag.value = 'Not A Slug';
		expect(() => parseCollection('classification', classification)).toThrow(
			/^classification\[albania\]\.0\.value: /,
		);
	});

	it('checks the rules between records', () => {
		const stories = copy(files.stories) as { country: string }[];
		if (stories[0]) stories[0].country = 'FRA';
		expect(() => buildDataset({ ...files, stories })).toThrow(
			'stories[albania].country: FRA is not a participating government',
		);
	});

	it('requires the French and Spanish names of every participating country', () => {
		const localized = copy(files['localized-names']) as { countries: { alpha3: string }[] };
		localized.countries = localized.countries.filter((entry) => entry.alpha3 !== 'ALB');
		expect(() => buildDataset({ ...files, 'localized-names': localized })).toThrow(
			'localized-names[ALB].countries: a participating country has no French and Spanish names',
		);
	});

	it('fails on a data file without a schema, and on a missing one', () => {
		expect(() => buildDataset({ ...files, gazetteer: [] })).toThrow(
			/gazetteer\[\*\]\.\(collection\): no schema/,
		);
		const { claims: _claims, ...withoutClaims } = files;
		expect(() => buildDataset(withoutClaims)).toThrow('data/claims.json is missing');
	});

	it('validates a new data file by the schema naming convention and exports it', () => {
		const { vocabulary } = files;
		// `vocabulary-copy` is validated by VocabularyCopyFileSchema or VocabularyCopySchema: none exists
		expect(() => buildDataset({ ...files, 'vocabulary-copy': vocabulary })).toThrow(/no schema/);
		// `point` is validated by PointSchema and exported as `point`
		const dataset = buildDataset({ ...files, point: { lat: 1, lon: 2 } });
		expect(dataset.modules.point?.exports.point).toEqual({
			value: { lat: 1, lon: 2 },
			type: 'DeepReadonly<z.infer<typeof schemas.PointSchema>>',
		});
		expect(() => buildDataset({ ...files, point: { lat: 100, lon: 2 } })).toThrow(
			/^point\[lat\]\.\(record\)/,
		);
	});
});

describe('releaseOf', () => {
	const release = (version: string, date: string) => ({ version, date, summary: 'A change.' });

	it('dates the shipped data: its version has an entry in data/releases.json', () => {
		expect(releaseOf(files.releases, datasetVersion)).toEqual(datasetRelease);
		expect(datasetRelease.version).toBe(datasetVersion);
		expect(datasetRelease.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('finds an older release of the same data', () => {
		const releases = [
			release('bbbbbbbbbbbbbbbb', '2027-02-01'),
			release('aaaaaaaaaaaaaaaa', '2027-01-01'),
		];
		expect(releaseOf(releases, 'aaaaaaaaaaaaaaaa')).toEqual({
			version: 'aaaaaaaaaaaaaaaa',
			date: '2027-01-01',
		});
	});

	it('fails on undated data, naming the file and printing the exact entry to add', () => {
		const releases = [release('aaaaaaaaaaaaaaaa', '2027-01-01')];
		const undated = () => releaseOf(releases, 'cccccccccccccccc', new Date('2027-03-04T12:00:00Z'));
		expect(undated).toThrow(DataError);
		expect(undated).toThrow('data/releases.json does not date it');
		expect(undated).toThrow(
			JSON.stringify(
				{
					version: 'cccccccccccccccc',
					date: '2027-03-04',
					summary: 'What changed in the data, in one sentence.',
				},
				null,
				'\t',
			),
		);
	});

	it('rejects releases out of order, listed twice or with a malformed version', () => {
		const a = release('aaaaaaaaaaaaaaaa', '2027-01-01');
		const b = release('bbbbbbbbbbbbbbbb', '2027-02-01');
		expect(() => releaseOf([a, b], 'aaaaaaaaaaaaaaaa')).toThrow(
			'releases[bbbbbbbbbbbbbbbb].date: releases are listed newest first',
		);
		expect(() => releaseOf([b, b], 'bbbbbbbbbbbbbbbb')).toThrow('is listed twice');
		expect(() => releaseOf([release('v1', '2027-01-01')], 'v1')).toThrow('16 hex digits');
		expect(() => releaseOf([], 'aaaaaaaaaaaaaaaa')).toThrow(/releases\[\*\]/);
	});
});
