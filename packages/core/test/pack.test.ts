import { execFile, execFileSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with the bench, without declarations
import { measureBundles } from '../scripts/bundle-sizes.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);

/** Every entry point, used at runtime as plain JavaScript. */
const consumer = `
import { cite, findGovernment, requireStory, stories, datasetVersion } from '@mgi-stories/core';
import { StorySchema } from '@mgi-stories/core/schema';
import { countries } from '@mgi-stories/core/data';
import { bookletText } from '@mgi-stories/core/booklet';
import { createSearchEngine, search } from '@mgi-stories/core/search';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import { checkClaims } from '@mgi-stories/core/i18n';

const first = StorySchema.parse(stories[0]);
const turkey = findGovernment({ query: 'Türkiye' });
console.log(JSON.stringify({
	stories: stories.length,
	countries: countries.length,
	first: first.slug,
	turkey: turkey?.kind === 'country' ? turkey.alpha3 : null,
	search: search({ query: 'tuberculosis' })[0]?.id,
	engine: typeof createSearchEngine,
	moldavie: resolveGovernment({ query: 'Moldavie' }).candidates[0]?.id,
	claims: checkClaims({ locale: 'fr' }).length > 0,
	apa: cite({ story: requireStory({ slug: first.slug }), style: 'apa' }).includes('(p. 1)'),
	booklet: bookletText.includes('CC BY-NC-ND 3.0 IGO'),
	version: datasetVersion.length,
	frozen: Object.isFrozen(stories),
}));
`;

/**
 * What strict TypeScript must accept, and what it must reject, in a consumer's code: literal types
 * on the records, read-only data, exact options. The schemas' entry is left out: it is zod's types.
 */
const strictChecks = `
import {
	cite,
	type CountryAlpha3,
	filterStories,
	findStory,
	type LocalAuthorityId,
	requireStory,
	stories,
	type StorySlug,
} from '@mgi-stories/core';
import { createSearchEngine, search } from '@mgi-stories/core/search';

const story = requireStory({ slug: 'cambodia' });
cite({ story, style: 'apa' });
const slug: StorySlug = story.slug;
const country: CountryAlpha3 = story.country;
const local: LocalAuthorityId | null = story.localAuthority;
const hit: StorySlug | CountryAlpha3 | LocalAuthorityId | undefined = search({ query: 'data' })[0]?.id;
const limit: number | undefined = hit ? 5 : undefined;
search({ query: 'data', limit });
filterStories({ topic: ['trafficking', 'health'], level: 'national' });
findStory({ slug: 'anything typed by a user' });
const tag = story.tags[0];
if (tag?.facet === 'framework') {
	const framework: 'global-compact-for-migration' | 'sdg-10' | 'un-common-country-assessment' | 'voluntary-national-review' = tag.value;
	story.tags.indexOf(tag, framework.length);
}
const engineHits: number = createSearchEngine([]).search({ query: 'x' }).length;

// @ts-expect-error: a story's slug is one of the dataset's, not any string
const france: 'france' = story.slug;
// @ts-expect-error: the data is deeply read-only
stories[0].slug = 'x';
// @ts-expect-error: so are nested records
story.tags.push(story.tags[0]);
// @ts-expect-error: a misspelt level
filterStories({ level: 'nationall' });
// @ts-expect-error: an unknown topic
filterStories({ topic: 'tourism' });
// @ts-expect-error: an unknown citation style
cite({ story, style: 'mla' });
// @ts-expect-error: findStory may return undefined; cite needs a story
cite({ story: findStory({ slug: 'cambodia' }), style: 'apa' });
// @ts-expect-error: not a slug of the dataset
const wrong: StorySlug = 'france';
// @ts-expect-error: \`q\` is now \`query\`
filterStories({ q: 'health' });
export { country, engineHits, france, local, slug, wrong };
`;

const tarballIn = (dir: string) => readdirSync(dir).find((name) => name.endsWith('.tgz')) ?? '';
const run = promisify(execFile);
/** Runs a command; its output when it fails, '' when it succeeds. */
const failureOf = (command: string, args: string[]) =>
	run(command, args).then(
		() => '',
		(error: { stdout?: string }) =>
			`${command} ${args.join(' ')}: ${error.stdout ?? String(error)}`,
	);

describe('the packed package, installed into an empty project outside the monorepo', () => {
	let project: string;
	let typeChecks: Promise<string>;
	let attw: Promise<string>;
	beforeAll(() => {
		project = mkdtempSync(join(tmpdir(), 'mgi-core-consumer-'));
		// the build task ran before the tests: pack its output without the prepack rebuild, so
		// packages tested at the same time never see this package's dist/ being rewritten
		execFileSync('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', project], {
			cwd: packageDir,
			stdio: 'pipe',
		});
		// installed as a package manager lays it out: the tarball's contents under node_modules, its
		// dependencies beside it (linked from this workspace's, so no registry is needed)
		const installed = join(project, 'node_modules', '@mgi-stories', 'core');
		mkdirSync(installed, { recursive: true });
		execFileSync('tar', ['-xzf', tarballIn(project), '-C', installed, '--strip-components=1'], {
			cwd: project,
		});
		execFileSync('tar', ['-xzf', tarballIn(project)], { cwd: project });
		const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
			dependencies: Record<string, string>;
		};
		for (const dependency of Object.keys(manifest.dependencies)) {
			const link = join(project, 'node_modules', dependency);
			mkdirSync(dirname(link), { recursive: true });
			symlinkSync(join(packageDir, 'node_modules', dependency), link);
		}
		writeFileSync(
			join(project, 'package.json'),
			JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
		);
		for (const resolution of ['NodeNext', 'Bundler'] as const) {
			const dir = join(project, resolution.toLowerCase());
			mkdirSync(dir);
			writeFileSync(
				join(dir, 'tsconfig.json'),
				JSON.stringify({
					compilerOptions: {
						module: resolution === 'Bundler' ? 'ESNext' : 'NodeNext',
						moduleResolution: resolution,
						target: 'ES2022',
						lib: ['ES2023'],
						strict: true,
						noUncheckedIndexedAccess: true,
						exactOptionalPropertyTypes: true,
						noEmit: true,
						skipLibCheck: false,
						types: [],
					},
					files: ['strict.ts'],
				}),
			);
			writeFileSync(join(dir, 'strict.ts'), strictChecks);
			writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
		}
		writeFileSync(join(project, 'consumer.mjs'), consumer);
		// the slow checks run at once, in other processes, while the tests below run
		typeChecks = Promise.all(
			['nodenext', 'bundler'].map((dir) => failureOf(bin('tsc'), ['-p', join(project, dir)])),
		).then((failures) => failures.join(''));
		attw = failureOf(bin('attw'), [join(project, tarballIn(project)), '--profile', 'esm-only']);
	});
	afterAll(() => rmSync(project, { recursive: true, force: true }));

	it('runs under plain node as ESM', () => {
		const output = execFileSync('node', ['consumer.mjs'], { cwd: project, encoding: 'utf8' });
		expect(JSON.parse(output)).toEqual({
			stories: 19,
			countries: 84,
			first: 'albania',
			turkey: 'TUR',
			search: 'cambodia',
			engine: 'function',
			moldavie: 'MDA',
			claims: true,
			apa: true,
			booklet: true,
			version: 16,
			frozen: true,
		});
	});

	it('type-checks under strict TypeScript with NodeNext and Bundler resolution: literal types, rejecting mutations and bad literals', async () => {
		expect(await typeChecks).toBe('');
	});

	it('ships what is importable and its docs and licence, but no tests, data files or booklet duplicates', () => {
		const listing = execFileSync('tar', ['-tzf', tarballIn(project)], {
			cwd: project,
			encoding: 'utf8',
		});
		expect(listing).toContain('package/dist/booklet.js');
		expect(listing).not.toMatch(/package\/booklet\//);
		expect(listing).toContain('package/LICENSE.md');
		expect(listing).toContain('package/dist/index.d.ts');
		expect(listing).toContain('package/dist/search/index.js');
		expect(listing).toContain('package/dist/resolve.js');
		expect(listing).toContain('package/dist/i18n/index.js');
		expect(listing).not.toMatch(/package\/data\//);
		expect(listing).not.toMatch(/\.test\./);
		expect(listing).not.toMatch(/dist\/collections\.js/);
	});

	it('depends on ranges, so a consumer shares its copies of zod, MiniSearch and the rest', () => {
		const manifest = JSON.parse(readFileSync(join(project, 'package', 'package.json'), 'utf8')) as {
			dependencies: Record<string, string>;
		};
		for (const [name, range] of Object.entries(manifest.dependencies)) {
			expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
		}
	});

	it('passes publint', () => {
		// the unpacked tarball: exactly what is published
		const output = execFileSync(
			bin('publint'),
			['run', '--strict', join(project, 'package'), '--pack', 'false'],
			{ cwd: project, encoding: 'utf8' },
		);
		expect(output).not.toMatch(/warning|error/i);
	});

	it("passes attw's ESM-only profile", async () => {
		expect(await attw).toBe('');
	});

	describe('bundled for a browser', () => {
		let rows: { name: string; gzipKb: number; budgetGzipKb: number; inputs: string[] }[];
		const inputs = (name: string) => rows.find((row) => row.name === name)?.inputs.join('\n') ?? '';
		beforeAll(async () => {
			rows = await measureBundles(project);
		}, 60_000);

		it('fits each import within its size budget', () => {
			for (const row of rows) expect(row.gzipKb, row.name).toBeLessThanOrEqual(row.budgetGzipKb);
		});

		it('needs no zod for any import, and the booklet text only for its own entry', () => {
			for (const row of rows) {
				const bundled = row.inputs.join('\n');
				expect(bundled, row.name).not.toMatch(/(^|\/)zod\//);
				if (row.name !== '@mgi-stories/core/booklet')
					expect(bundled, row.name).not.toMatch(/booklet-text/);
			}
			expect(inputs('@mgi-stories/core/booklet')).toMatch(/booklet-text/);
		});

		it('pulls only the collections a lookup reads, and MiniSearch only for search', () => {
			expect(inputs('findGovernment')).toMatch(/generated\/governments\.js/);
			expect(inputs('findGovernment')).not.toMatch(
				/generated\/(stories|vocabulary|claims|publication)|minisearch/,
			);
			expect(inputs('cite + findStory')).not.toMatch(/generated\/(vocabulary|claims)|minisearch/);
			expect(inputs('search')).toMatch(/minisearch/);
		});

		it('keeps the resolver, search and the translations out of the main entry', () => {
			const main = inputs('import * as core');
			expect(main).not.toMatch(/minisearch|stemmer|generated\/(world-names|search-synonyms)/);
			expect(main).not.toMatch(/resolve-government|i18n\/vocabulary/);
			expect(inputs('@mgi-stories/core/resolve')).toMatch(/generated\/resolver-table/);
			expect(inputs('@mgi-stories/core/i18n')).toMatch(/i18n\/vocabulary/);
		});
	});
});
