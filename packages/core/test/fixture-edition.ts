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
import type { Country, Government, Publication } from '../src/types.js';

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

/**
 * The modules the build would emit from the data files with the fixture edition added, as the
 * runtime reads them: `records`, what `src/data.ts` exports (with its derived collections), and
 * `localizedNames`, what `src/generated/localized-names.ts` exports (names read by `governmentName`).
 */
export function modulesWithFixtureEdition() {
	const { modules } = buildDataset(dataFilesWithFixtureEdition());
	const exportsOf = (module: string) =>
		Object.fromEntries(
			Object.entries(modules[module]?.exports ?? {}).map(([name, { value }]) => [name, value]),
		);
	const publications = exportsOf('publications').publications as Publication[];
	const countries = exportsOf('governments').countries as Country[];
	const localAuthorities = countries.flatMap((country) => country.localAuthorities);
	return {
		records: {
			...exportsOf('publications'),
			publication: publications.at(-1) as Publication,
			...exportsOf('governments'),
			localAuthorities,
			governments: [...countries, ...localAuthorities] as Government[],
			...exportsOf('stories'),
			...exportsOf('claims'),
		},
		localizedNames: exportsOf('localized-names'),
	};
}

/**
 * `vi.mock`'s factory for core's data module (`@mgi-stories/core/data`, or `src/data.js` in core's
 * own tests): its exports with the fixture edition's records in, as a test over the new edition
 * mocks it: `const fixture = await vi.hoisted(() => import('…/fixture-edition.js'));
 * vi.mock('@mgi-stories/core/data', fixture.dataModuleWithFixtureEdition);`
 */
export async function dataModuleWithFixtureEdition(importOriginal: () => Promise<unknown>) {
	return { ...((await importOriginal()) as object), ...modulesWithFixtureEdition().records };
}

/** `vi.mock`'s factory for core's generated localized names: the fixture edition's names added. */
export const localizedNamesModuleWithFixtureEdition = () =>
	modulesWithFixtureEdition().localizedNames;
