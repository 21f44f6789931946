import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with the bench, without declarations
import { measureBundles } from '../scripts/bundle-sizes.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);

const consumer = `
import { cite, findGovernment, search, stories, datasetVersion } from '@mgi-stories/core';
import { StorySchema, type Story } from '@mgi-stories/core/schema';
import { countries } from '@mgi-stories/core/data';
import { bookletText } from '@mgi-stories/core/booklet';
import { createSearchEngine } from '@mgi-stories/core/search';

const first: Story = StorySchema.parse(stories[0]);
const turkey = findGovernment({ query: 'Türkiye' });
console.log(JSON.stringify({
	stories: stories.length,
	countries: countries.length,
	first: first.slug,
	turkey: turkey?.kind === 'country' ? turkey.alpha3 : null,
	search: search({ query: 'tuberculosis' })[0]?.id,
	engine: typeof createSearchEngine,
	apa: cite({ story: first, style: 'apa' }).includes('(p. 1)'),
	booklet: bookletText.includes('CC BY-NC-ND 3.0 IGO'),
	version: datasetVersion.length,
	frozen: Object.isFrozen(stories),
}));
`;

/** What strict TypeScript must accept, and what it must reject, in a consumer's code. */
const strictChecks = `
import { cite, filterStories, findStory, requireStory, stories, type StorySlug } from '@mgi-stories/core';

const story = requireStory({ slug: 'cambodia' });
cite({ story, style: 'apa' });
const slug: StorySlug = 'cambodia';
filterStories({ topic: ['trafficking', 'health'], level: 'national', query: 'data' });
findStory({ slug: 'anything typed by a user' });

// @ts-expect-error: the data is deeply read-only
stories[0].slug = 'x';
// @ts-expect-error: so are nested records
stories[0].tags.push(stories[0].tags[0]);
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
export { slug, wrong };
`;

const tarballIn = (dir: string) => readdirSync(dir).find((name) => name.endsWith('.tgz')) ?? '';

describe('the packed package, installed into an empty project outside the monorepo', () => {
	let project: string;
	beforeAll(() => {
		project = mkdtempSync(join(tmpdir(), 'mgi-core-consumer-'));
		// the build task ran before the tests: pack its output without the prepack rebuild, so
		// packages tested at the same time never see this package's dist/ being rewritten
		execFileSync('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', project], {
			cwd: packageDir,
			stdio: 'pipe',
		});
		execFileSync('tar', ['-xzf', tarballIn(project)], { cwd: project, stdio: 'pipe' });
		writeFileSync(
			join(project, 'package.json'),
			JSON.stringify({
				name: 'consumer',
				private: true,
				type: 'module',
				dependencies: { '@mgi-stories/core': `file:./${tarballIn(project)}` },
			}),
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
						strict: true,
						noUncheckedIndexedAccess: true,
						exactOptionalPropertyTypes: true,
						noEmit: true,
						skipLibCheck: false,
						types: [],
					},
					files: ['consumer.ts', 'strict.ts'],
				}),
			);
			writeFileSync(join(dir, 'consumer.ts'), consumer);
			writeFileSync(join(dir, 'strict.ts'), strictChecks);
			writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
		}
		writeFileSync(
			join(project, 'consumer.mjs'),
			consumer.replace(', type Story', '').replace(': Story', ''),
		);
		execFileSync(
			'npm',
			['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
			{ cwd: project, stdio: 'pipe' },
		);
	}, 180_000);
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
			apa: true,
			booklet: true,
			version: 16,
			frozen: true,
		});
	});

	it.each(['NodeNext', 'Bundler'])(
		'type-checks under strict TypeScript with %s resolution, rejecting mutations and bad literals',
		(resolution) => {
			const dir = join(project, resolution.toLowerCase());
			const run = () =>
				execFileSync(bin('tsc'), ['-p', dir], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
			expect(run).not.toThrow();
		},
		// tsc checks zod's and core's declarations in full (skipLibCheck: false): slow on a busy machine
		180_000,
	);

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
		expect(listing).not.toMatch(/package\/data\//);
		expect(listing).not.toMatch(/\.test\./);
		expect(listing).not.toMatch(/dist\/collections\.js/);
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

	it("passes attw's ESM-only profile", () => {
		expect(() =>
			execFileSync(bin('attw'), [join(project, tarballIn(project)), '--profile', 'esm-only'], {
				cwd: project,
				stdio: 'pipe',
			}),
		).not.toThrow();
	});

	describe('bundled for a browser', () => {
		let rows: { name: string; gzipKb: number; targetGzipKb: number; inputs: string[] }[];
		const inputs = (name: string) => rows.find((row) => row.name === name)?.inputs.join('\n') ?? '';
		beforeAll(async () => {
			rows = await measureBundles(project);
		}, 60_000);

		it('fits each import within its size budget', () => {
			for (const row of rows) expect(row.gzipKb, row.name).toBeLessThanOrEqual(row.targetGzipKb);
		});

		it('needs no zod and no booklet text for any import', () => {
			for (const row of rows) {
				expect(row.inputs.join('\n'), row.name).not.toMatch(/(^|\/)zod\/|booklet-text/);
			}
		});

		it('pulls only the collections a lookup reads, and MiniSearch only for search', () => {
			expect(inputs('findGovernment')).toMatch(/generated\/governments\.js/);
			expect(inputs('findGovernment')).not.toMatch(
				/generated\/(stories|vocabulary|claims|publication)|minisearch/,
			);
			expect(inputs('cite + findStory')).not.toMatch(/generated\/(vocabulary|claims)|minisearch/);
			expect(inputs('search')).toMatch(/minisearch/);
		});
	});
});
