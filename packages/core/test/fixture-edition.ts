/**
 * The test-only fixture edition (test/fixtures/edition-2099: fictional, its text obviously fixture
 * text, never shipped): its files are added to the real data files as a new edition's would be, and
 * validated and laid out by the build's own `buildDataset`, so a test can swap the resulting records
 * in for the shipped ones and call the unchanged functions.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../scripts/data-files.js';
import { buildDataset } from '../src/collections.js';
import type { Claim, Country, Government, Publication, Story } from '../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The fixture edition's id. */
export const FIXTURE_EDITION = '2099';

/** Lists are appended to, objects merged key by key: how an edition's records join the data files. */
function withEdition(data: unknown, edition: unknown): unknown {
	if (Array.isArray(data) && Array.isArray(edition)) return [...data, ...edition];
	if (isObject(data) && isObject(edition))
		return Object.fromEntries(
			[...new Set([...Object.keys(data), ...Object.keys(edition)])].map((key) => [
				key,
				key in edition ? withEdition(data[key], edition[key]) : data[key],
			]),
		);
	return edition;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The data files with the fixture edition added. */
export function dataFilesWithFixtureEdition(): Record<string, unknown> {
	return withEdition(
		readDataFiles(join(root, 'data')),
		readDataFiles(join(root, 'test', 'fixtures', `edition-${FIXTURE_EDITION}`)),
	) as Record<string, unknown>;
}

/** The records `src/data.ts` exports, built from the data files with the fixture edition added. */
export function recordsWithFixtureEdition() {
	const { modules } = buildDataset(dataFilesWithFixtureEdition());
	const value = (module: string, name: string) => modules[module]?.exports[name]?.value;
	const publications = value('publications', 'publications') as Publication[];
	const countries = value('governments', 'countries') as Country[];
	const localAuthorities = countries.flatMap((country) => country.localAuthorities);
	return {
		publications,
		publication: publications.at(-1) as Publication,
		countries,
		localAuthorities,
		governments: [...countries, ...localAuthorities] as Government[],
		stories: value('stories', 'stories') as Story[],
		claims: value('claims', 'claims') as Claim[],
	};
}
