// `pnpm bench` for core: the package as built from a base git ref (default a52de55, the last commit
// that validated the data at import, before the build did) against the
// package as it is now, side by side in one run, both packed and installed into empty projects:
//  - bundle sizes of tooling/budgets/core.json's rows (esbuild, browser, minified, gzip -9), each
//    against its budget there
//  - the first search and the first resolveGovernment right after importing their entry (budgets
//    there too), each also as a multiple of a one-line module's import in the same run
//  - cold `import('@mgi-stories/core')` in a fresh Node process
//  - module evaluation of core as a worker bundles it (esbuild, platform neutral, workerd conditions,
//    minified, as apps/api builds its worker), imported in a fresh process (same V8 as workerd)
//  - the search index: built from documents vs loaded from its serialized JSON
// Usage: node bench/run.mjs [base ref]   (env BENCH_RUNS, default 15); results in bench-results/core.json
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUDGETS, measureBundles } from '../scripts/bundle-sizes.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], {
	cwd: packageDir,
	encoding: 'utf8',
}).trim();
const base = process.argv[2] ?? 'a52de55';
const runs = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'mgi-core-bench-'));
const quiet = { stdio: 'pipe' };

/** Packs a package folder and installs the tarball into an empty project; returns the project. */
function install(name, dir) {
	const project = join(work, name);
	mkdirSync(project);
	// both packages are built before they are packed (the bench task depends on the build)
	execFileSync('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', project], {
		cwd: dir,
		...quiet,
	});
	const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'));
	writeFileSync(
		join(project, 'package.json'),
		JSON.stringify({
			private: true,
			type: 'module',
			dependencies: { '@mgi-stories/core': `file:./${tarball}` },
		}),
	);
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
		cwd: project,
		...quiet,
	});
	return project;
}

/** The base ref's package, built in a scratch copy that borrows this checkout's node_modules. */
function installBase() {
	const copy = join(work, 'base-src');
	mkdirSync(copy);
	const paths = [
		'pnpm-workspace.yaml',
		'packages/core',
		'tooling/tsconfig',
		'tsconfig.base.json',
	].filter((path) => {
		try {
			execFileSync('git', ['cat-file', '-e', `${base}:${path}`], { cwd: repo, ...quiet });
			return true;
		} catch {
			return false;
		}
	});
	const archive = execFileSync('git', ['archive', base, ...paths], { cwd: repo, maxBuffer: 1e8 });
	execFileSync('tar', ['-x', '-C', copy], { input: archive });
	const core = join(copy, 'packages', 'core');
	symlinkSync(join(packageDir, 'node_modules'), join(core, 'node_modules'));
	mkdirSync(join(copy, 'node_modules', '@mgi-stories'), { recursive: true });
	symlinkSync(
		join(copy, 'tooling', 'tsconfig'),
		join(copy, 'node_modules', '@mgi-stories', 'tsconfig'),
	);
	execFileSync('pnpm', ['run', 'build'], { cwd: core, ...quiet });
	return install('base', core);
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
const timeImport = (cwd, specifier) =>
	Number(
		execFileSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
			],
			{ cwd, encoding: 'utf8' },
		),
	);

/**
 * The time of a first call right after importing its entry, in a fresh process (nothing built or
 * cached yet); a version without that entry exports the function from its main entry.
 */
const timeFirstCall = (cwd, { module, code }) =>
	Number(
		execFileSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`const fn = ${JSON.stringify(code.slice(0, code.indexOf('(')))};
let entry = await import(${JSON.stringify(module)}).catch(() => ({}));
if (typeof entry[fn] !== 'function') entry = await import('@mgi-stories/core');
const t = performance.now(); entry.${code}; console.log(performance.now() - t);`,
			],
			{ cwd, encoding: 'utf8' },
		),
	);

/** A fresh process's import of a one-line module: the yardstick of this machine, busy or not. */
function timeTrivialImport(cwd) {
	const trivial = join(cwd, 'trivial.mjs');
	writeFileSync(trivial, 'export const one = 1;\n');
	return timeImport(cwd, trivial);
}

async function workerBundle(project) {
	const outfile = join(project, 'worker-core.mjs');
	await build({
		stdin: { contents: "export * from '@mgi-stories/core';", resolveDir: project },
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		mainFields: ['module', 'main'],
		conditions: ['workerd', 'worker', 'browser'],
		minify: true,
		outfile,
		logLevel: 'silent',
	});
	return outfile;
}

const indexTimes = (project) =>
	JSON.parse(
		execFileSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { createSearchEngine, searchDocuments, tokenize } from '@mgi-stories/core/search';
const documents = searchDocuments();
const options = { idField: 'key', fields: ['title', 'names', 'body', 'mentions'], tokenize };
const built = [], loaded = [];
const prebuilt = new MiniSearch(options);
prebuilt.addAll(documents);
const gz = (text) => gzipSync(text, { level: 9 }).length;
const sizes = { documentsGz: gz(JSON.stringify(documents)), indexGz: gz(JSON.stringify(prebuilt)) };
for (let run = 0; run < ${runs}; run++) {
	// the engine builds its index on its first search
	let t = performance.now(); createSearchEngine(documents).search({ query: 'health' }); built.push(performance.now() - t);
	const index = new MiniSearch(options); index.addAll(documents); const text = JSON.stringify(index);
	t = performance.now(); MiniSearch.loadJSON(text, options); loaded.push(performance.now() - t);
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(JSON.stringify({ build: median(built), load: median(loaded), documents: documents.length, ...sizes }));`,
			],
			{ cwd: project, encoding: 'utf8' },
		),
	);

try {
	console.log(`core bench: ${base} vs this checkout, ${runs} runs each, medians`);
	const projects = { before: installBase(), after: install('after', packageDir) };
	const sizes = {
		before: await measureBundles(projects.before, { was: true }),
		after: await measureBundles(projects.after),
	};
	const bundles = {
		before: await workerBundle(projects.before),
		after: await workerBundle(projects.after),
	};
	const times = {
		importBefore: [],
		importAfter: [],
		workerBefore: [],
		workerAfter: [],
		trivial: [],
	};
	const firstCalls = BUDGETS.coldStart.map(() => ({ before: [], after: [] }));
	// what a first call's entry costs to import (a prebuilt table is parsed then); before, the main entry
	const entries = [...new Set(BUDGETS.coldStart.map(({ module }) => module))];
	const entryImports = Object.fromEntries(
		entries.map((module) => [module, { before: [], after: [] }]),
	);
	for (let run = 0; run < runs; run++) {
		BUDGETS.coldStart.forEach((row, at) => {
			firstCalls[at].before.push(timeFirstCall(projects.before, row));
			firstCalls[at].after.push(timeFirstCall(projects.after, row));
		});
		times.trivial.push(timeTrivialImport(projects.after));
		for (const module of entries) {
			entryImports[module].before.push(timeImport(projects.before, '@mgi-stories/core'));
			entryImports[module].after.push(timeImport(projects.after, module));
		}
		times.importBefore.push(timeImport(projects.before, '@mgi-stories/core'));
		times.importAfter.push(timeImport(projects.after, '@mgi-stories/core'));
		times.workerBefore.push(timeImport(projects.before, bundles.before));
		times.workerAfter.push(timeImport(projects.after, bundles.after));
	}
	const row = (label, before, after, unit, budget) =>
		`| ${label} | ${before ?? '—'} ${unit} | ${after} ${unit} | ${before ? `${(before / after).toFixed(1)}×` : '—'} | ≤ ${budget} ${unit}${after > budget ? ' **over**' : ''} |`;
	const lines = [
		'| measure | before | after | before/after | budget (tooling/budgets/core.json) |',
		'| --- | ---: | ---: | ---: | ---: |',
	];
	sizes.after.forEach((after, at) => {
		const before = sizes.before[at];
		lines.push(row(`${after.name} (gzip)`, before.gzipKb, after.gzipKb, 'kB', after.budgetGzipKb));
	});
	const ms = (values) => Math.round(median(values) * 10) / 10;
	const yardstick = ms(times.trivial);
	BUDGETS.coldStart.forEach(({ name, ms: budget }, at) => {
		const { before, after } = firstCalls[at];
		const label = `${name} (${(ms(before) / yardstick).toFixed(1)}× → ${(ms(after) / yardstick).toFixed(1)}× a trivial import)`;
		lines.push(row(label, ms(before), ms(after), 'ms', budget));
	});
	lines.push(`| import of a one-line module (the yardstick) | — | ${yardstick} ms | — | — |`);
	const unbudgeted = (label, before, after) =>
		`| ${label} | ${before} ms | ${after} ms | ${(before / after).toFixed(1)}× | — |`;
	lines.push(unbudgeted('cold import in Node', ms(times.importBefore), ms(times.importAfter)));
	for (const module of entries) {
		const { before, after } = entryImports[module];
		lines.push(
			unbudgeted(`cold import of ${module} (before: the main entry)`, ms(before), ms(after)),
		);
	}
	lines.push(
		unbudgeted('worker bundle of core: evaluation', ms(times.workerBefore), ms(times.workerAfter)),
	);
	const index = indexTimes(projects.after);
	lines.push(
		`| search index of ${index.documents} documents (now): build from the documents (${Math.round(index.documentsGz / 100) / 10} kB gz) / load serialized (${Math.round(index.indexGz / 100) / 10} kB gz more) | ${Math.round(index.build * 10) / 10} ms | ${Math.round(index.load * 10) / 10} ms | ${(index.build / index.load).toFixed(1)}× | — |`,
	);
	console.log(lines.join('\n'));
	mkdirSync(join(packageDir, 'bench-results'), { recursive: true });
	writeFileSync(
		join(packageDir, 'bench-results', 'core.json'),
		`${JSON.stringify({ base, runs, sizes, times, firstCalls, entryImports, index }, null, 2)}\n`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}
