import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');

const consumer = `
import { cite, findGovernment, search, stories, datasetVersion } from '@mgi-stories/core';
import { StorySchema, type Story } from '@mgi-stories/core/schema';
import { countries } from '@mgi-stories/core/data';
import { bookletText } from '@mgi-stories/core/booklet';

const first: Story = StorySchema.parse(stories[0]);
const turkey = findGovernment({ query: 'Türkiye' });
console.log(JSON.stringify({
	stories: stories.length,
	countries: countries.length,
	first: first.slug,
	turkey: turkey?.kind === 'country' ? turkey.alpha3 : null,
	search: search({ query: 'tuberculosis' })[0]?.id,
	apa: cite({ story: first, style: 'apa' }).includes('(p. 1)'),
	booklet: bookletText.includes('CC BY-NC-ND 3.0 IGO'),
	version: datasetVersion.length,
	frozen: Object.isFrozen(stories),
}));
`;

describe('the packed package, installed into an empty project outside the monorepo', () => {
	let project: string;
	beforeAll(() => {
		project = mkdtempSync(join(tmpdir(), 'mgi-core-consumer-'));
		execFileSync('pnpm', ['pack', '--pack-destination', project], {
			cwd: packageDir,
			stdio: 'pipe',
		});
		const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'));
		writeFileSync(
			join(project, 'package.json'),
			JSON.stringify({
				name: 'consumer',
				private: true,
				type: 'module',
				dependencies: { '@mgi-stories/core': `file:./${tarball}` },
			}),
		);
		writeFileSync(
			join(project, 'tsconfig.json'),
			JSON.stringify({
				compilerOptions: {
					module: 'NodeNext',
					moduleResolution: 'NodeNext',
					target: 'ES2022',
					strict: true,
					noEmit: true,
					skipLibCheck: false,
					types: [],
				},
				files: ['consumer.ts'],
			}),
		);
		writeFileSync(join(project, 'consumer.ts'), consumer);
		writeFileSync(
			join(project, 'consumer.mjs'),
			consumer.replace(', type Story', '').replace(': Story', ''),
		);
		execFileSync(
			'npm',
			['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
			{
				cwd: project,
				stdio: 'pipe',
			},
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
			apa: true,
			booklet: true,
			version: 16,
			frozen: true,
		});
	});

	it('type-checks with tsc against the shipped declarations', () => {
		expect(() => execFileSync(tsc, ['-p', project], { cwd: project, stdio: 'pipe' })).not.toThrow();
	});

	it('ships the data files, the booklet and the licence but no tests', () => {
		const listing = execFileSync(
			'tar',
			['-tzf', readdirSync(project).find((name) => name.endsWith('.tgz')) ?? ''],
			{
				cwd: project,
				encoding: 'utf8',
			},
		);
		expect(listing).toContain('package/booklet/mgi-success-stories-2021.md');
		expect(listing).toContain('package/data/stories.json');
		expect(listing).toContain('package/LICENSE.md');
		expect(listing).toContain('package/dist/index.d.ts');
		expect(listing).not.toMatch(/\.test\./);
	});
});
