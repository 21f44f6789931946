/**
 * @module the Worker's size and start-up against its budgets (tooling/budgets/api.json): the gzipped
 * bytes of what starts (the entry and its static imports) and of every module uploaded, as the build
 * measured them (dist/sizes.json), and the time a fresh isolate takes to evaluate the entry, side by
 * side with a trivial module measured the same way. `pnpm bench` runs it within bench/run.ts; alone:
 * `tsx bench/worker-startup.ts` (after the build).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORKER_ENTRY = join(root, 'dist/worker/worker.mjs');
const SIZES = join(root, 'dist/sizes.json');
const BUDGETS = join(root, '../../tooling/budgets/api.json');
const RUNS = 9;

interface Budget {
	max: number;
	unit: string;
	measures: string;
}

type BudgetId = 'worker.entry.gzipBytes' | 'worker.total.gzipBytes' | 'worker.evaluation.ms';

interface ModulesSize {
	bytes: number;
	gzip: number;
}

/** What scripts/build.mjs writes of the Worker's modules, and of the data assets they fetch on first use. */
interface WorkerSizes {
	entry: ModulesSize & { modules: string[] };
	total: ModulesSize & { modules: number };
	data: ModulesSize & { assets: unknown[] };
}

export function readBudgets(): Record<BudgetId, Budget> {
	return JSON.parse(readFileSync(BUDGETS, 'utf8'));
}

/** What a Worker that only answers "ok" weighs: the baseline of the evaluation time. */
const TRIVIAL_MODULE = 'export default { fetch() { return new Response("ok"); } };\n';

/** ms to import `file` in a fresh Node process: parse, compile and evaluate; the median of RUNS. */
function evaluationMs(file: string): { median: number; runs: number[] } {
	const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
	const runs = Array.from({ length: RUNS }, () =>
		Number(
			execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
		),
	);
	const sorted = [...runs].sort((a, b) => a - b);
	return { median: sorted[Math.floor(RUNS / 2)] ?? Number.NaN, runs };
}

export interface WorkerStartup {
	entry: WorkerSizes['entry'];
	total: WorkerSizes['total'];
	data: WorkerSizes['data'];
	evaluationMs: number;
	trivialMs: number;
	budgets: Record<BudgetId, Budget>;
}

export function measureWorkerStartup(): WorkerStartup {
	const { worker: sizes } = JSON.parse(readFileSync(SIZES, 'utf8')) as { worker: WorkerSizes };
	const trivial = join(mkdtempSync(join(tmpdir(), 'mgi-api-trivial-')), 'trivial.js');
	writeFileSync(trivial, TRIVIAL_MODULE);
	// alternate, so both meet the same machine load
	const worker: number[] = [];
	const baseline: number[] = [];
	for (let round = 0; round < 3; round++) {
		worker.push(...evaluationMs(WORKER_ENTRY).runs);
		baseline.push(...evaluationMs(trivial).runs);
	}
	const median = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
	return {
		entry: sizes.entry,
		total: sizes.total,
		data: sizes.data,
		evaluationMs: median(worker),
		trivialMs: median(baseline),
		budgets: readBudgets(),
	};
}

const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

/** The lines bench/results.md gets. */
export function describeWorkerStartup(result: WorkerStartup): string[] {
	const entry = result.budgets['worker.entry.gzipBytes'];
	const total = result.budgets['worker.total.gzipBytes'];
	const evaluation = result.budgets['worker.evaluation.ms'];
	const files = result.entry.modules.map((file) => `\`${file.replace('dist/worker/', '')}\``);
	return [
		`- Worker at start (${files.join(' + ')}): ${result.entry.bytes} bytes, ${result.entry.gzip} bytes gzipped (budget ≤ ${entry.max}: ${mark(result.entry.gzip <= entry.max)}).`,
		`- Worker in all (${result.total.modules} modules in \`dist/worker/\`): ${result.total.bytes} bytes, ${result.total.gzip} bytes gzipped (budget ≤ ${total.max}: ${mark(result.total.gzip <= total.max)}).`,
		`- Not modules, so in no budget: core's data tables the Worker fetches through its ASSETS binding on first use (${result.data.assets.length} files in \`dist/assets/data/\`): ${result.data.bytes} bytes, ${result.data.gzip} bytes gzipped.`,
		`- Worker module evaluation (${evaluation.measures}): ${result.evaluationMs.toFixed(1)} ms, against ${result.trivialMs.toFixed(1)} ms for a trivial module (budget ≤ ${evaluation.max} ms: ${mark(result.evaluationMs <= evaluation.max)}).`,
	];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	console.log(describeWorkerStartup(measureWorkerStartup()).join('\n'));
}
