/**
 * @module the benchmark (run by `pnpm bench`, after turbo has built dist/): the Node entry against a
 * bare node:http server returning the same precomputed bytes, a soak, the Worker's size and module
 * evaluation against their budgets (worker-startup.ts) and workerd's time to first response. Prints
 * a table and writes bench/results.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Miniflare } from 'miniflare';
import { describeWorkerStartup, measureWorkerStartup } from './worker-startup.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const NODE_ENTRY = join(root, 'dist/node.js');
const WORKER_ENTRY = join(root, 'dist/worker/worker.mjs');
const work = mkdtempSync(join(tmpdir(), 'mgi-api-bench-'));

/** the issue's target: the API at least 0.9× a bare server sending the same bytes and headers */
const MIN_RATIO = 0.9;
const PATHS = [
	{ name: 'one story', path: '/v1/stories/albania' },
	{ name: 'filtered list', path: '/v1/stories?region=Africa&topic=health,data&limit=10' },
	{ name: 'search', path: '/v1/search?q=labour%20migration' },
] as const;
/** each path with compression off (no Accept-Encoding) and on (what browsers send: br wins) */
const CODINGS = [
	{ coding: 'identity', acceptEncoding: '' },
	{ coding: 'br', acceptEncoding: 'gzip, deflate, br' },
] as const;
const SCENARIOS = PATHS.flatMap((scenario) =>
	CODINGS.map((coding) => ({ ...scenario, ...coding, minRatio: MIN_RATIO })),
);
type Scenario = (typeof SCENARIOS)[number];
const headersOf = (scenario: Scenario): Record<string, string> =>
	scenario.acceptEncoding ? { 'accept-encoding': scenario.acceptEncoding } : {};
/** the key the bare server answers by: path and Accept-Encoding as sent */
const snapshotKey = (path: string, acceptEncoding: string) => `${path}#${acceptEncoding}`;
const CONNECTIONS = 50;
const ROUND_SECONDS = 2;
const ROUNDS = 5;
const WARMUP_SECONDS = 2;
const SOAK_SECONDS = 30;
const SOAK_CONNECTIONS = 100;
/**
 * the same load first, unmeasured, in steps until RSS stops growing (V8 sizes its heap for 100
 * connections); the soak then measures growth under steady load, which is what a leak would show
 */
const SOAK_WARMUP_STEP_SECONDS = 5;
const SOAK_WARMUP_MAX_STEPS = 8;
const SOAK_WARMUP_SETTLED = 0.02;
const P99_TARGET_MS = 10;

interface Server {
	name: string;
	pid: number;
	origin: string;
	child: ChildProcess;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns a server whose stdout goes to a file, and waits for its "listening on …<port>" line. */
async function spawnServer(
	name: string,
	args: string[],
	env: Record<string, string> = {},
): Promise<Server> {
	const logFile = join(work, `${name.replace(/\W+/g, '-')}.log`);
	const out = openSync(logFile, 'w');
	const child = spawn(process.execPath, args, {
		cwd: root,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
		stdio: ['ignore', out, 'inherit'],
	});
	for (let waited = 0; waited < 30_000; waited += 50) {
		const port = /listening on (?:http:\/\/localhost:)?(\d+)/.exec(
			readFileSync(logFile, 'utf8'),
		)?.[1];
		if (port && child.pid)
			return { name, pid: child.pid, origin: `http://127.0.0.1:${port}`, child };
		if (child.exitCode !== null) break;
		await sleep(50);
	}
	throw new Error(`${name} did not start; see ${logFile}`);
}

function stop(server: Server): Promise<void> {
	return new Promise((resolve) => {
		if (server.child.exitCode !== null) return resolve();
		server.child.once('exit', () => resolve());
		server.child.kill('SIGTERM');
	});
}

/** CPU time (user + system) a process has used, in milliseconds (Linux). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident set size of a process, in MiB (Linux). */
function rssMiB(pid: number): number {
	const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	return Number(kb) / 1024;
}

function load(
	url: string,
	seconds: number,
	headers: Record<string, string> = {},
	connections = CONNECTIONS,
) {
	return autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
}

interface Measure {
	requests: number;
	seconds: number;
	p99: number;
	errors: number;
	cpuMs: number;
}

async function measure(server: Server, scenario: Scenario): Promise<Measure> {
	const before = cpuMs(server.pid);
	const result = await load(`${server.origin}${scenario.path}`, ROUND_SECONDS, headersOf(scenario));
	return {
		requests: result.requests.total,
		seconds: result.duration,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx,
		cpuMs: cpuMs(server.pid) - before,
	};
}

function median(values: number[]): number {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function combine(measures: Measure[]) {
	const requests = measures.reduce((sum, m) => sum + m.requests, 0);
	const seconds = measures.reduce((sum, m) => sum + m.seconds, 0);
	return {
		rps: requests / seconds,
		// rounds alternate with the other servers: the median round's p99, and the worst one
		p99: median(measures.map((m) => m.p99)),
		p99Worst: Math.max(...measures.map((m) => m.p99)),
		errors: measures.reduce((sum, m) => sum + m.errors, 0),
		cpuPerRequestUs: (measures.reduce((sum, m) => sum + m.cpuMs, 0) * 1000) / requests,
	};
}

async function snapshot(api: Server): Promise<string> {
	const answers: Record<string, { status: number; headers: Record<string, string>; body: string }> =
		{};
	for (const scenario of SCENARIOS) {
		const { path, acceptEncoding } = scenario;
		// node:http, not fetch: fetch would ask for gzip itself and decode the body
		const response = await rawGet(`${api.origin}${path}`, headersOf(scenario));
		if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(response.headers)) {
			if (
				!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)
			) {
				headers[name] = String(value);
			}
		}
		answers[snapshotKey(path, acceptEncoding)] = {
			status: 200,
			headers,
			body: response.body.toString('base64'),
		};
	}
	const file = join(work, 'snapshot.json');
	writeFileSync(file, JSON.stringify(answers));
	return file;
}

/** One GET over node:http: status, headers and the body bytes exactly as sent. */
function rawGet(url: string, headers: Record<string, string>) {
	return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
		(resolve, reject) => {
			get(url, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks),
					}),
				);
			}).on('error', reject);
		},
	);
}

async function soak(api: Server) {
	const requests = SCENARIOS.map((scenario) => ({
		method: 'GET' as const,
		path: scenario.path,
		headers: headersOf(scenario),
	}));
	const coldMiB = rssMiB(api.pid);
	let warmupSeconds = 0;
	let previous = coldMiB;
	for (let step = 0; step < SOAK_WARMUP_MAX_STEPS; step++) {
		await autocannon({
			url: api.origin,
			connections: SOAK_CONNECTIONS,
			duration: SOAK_WARMUP_STEP_SECONDS,
			requests,
		});
		warmupSeconds += SOAK_WARMUP_STEP_SECONDS;
		const now = rssMiB(api.pid);
		const settled = (now - previous) / previous < SOAK_WARMUP_SETTLED;
		previous = now;
		if (settled) break;
	}
	const startMiB = rssMiB(api.pid);
	const samples: number[] = [];
	const sampler = setInterval(() => samples.push(rssMiB(api.pid)), 1000);
	const result = await autocannon({
		url: api.origin,
		connections: SOAK_CONNECTIONS,
		duration: SOAK_SECONDS,
		requests,
	});
	clearInterval(sampler);
	const last = samples.slice(-3);
	const endMiB = last.reduce((sum, value) => sum + value, 0) / last.length;
	return {
		coldMiB,
		warmupSeconds,
		startMiB,
		endMiB,
		maxMiB: Math.max(startMiB, ...samples),
		growth: (endMiB - startMiB) / startMiB,
		requests: result.requests.total,
		rps: result.requests.average,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx,
	};
}

/** Miniflare construction → first 200, and the part of it after workerd reported ready. */
async function workerdFirstResponse(): Promise<{ total: number; afterReady: number }[]> {
	process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
	const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(
		readFileSync(join(root, 'wrangler.toml'), 'utf8'),
	)?.[1];
	const runs: { total: number; afterReady: number }[] = [];
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		const mf = new Miniflare({ scriptPath: WORKER_ENTRY, modules: true, compatibilityDate: date });
		await mf.ready;
		const ready = performance.now();
		const response = await mf.dispatchFetch('http://localhost/v1/stories/albania');
		await response.arrayBuffer();
		if (response.status !== 200) throw new Error(`workerd answered ${response.status}`);
		const done = performance.now();
		runs.push({ total: done - started, afterReady: done - ready });
		await mf.dispose();
	}
	return runs;
}

function markdownTable(header: string[], rightAligned: boolean[], rows: string[][]): string[] {
	const widths = header.map((title, at) =>
		Math.max(title.length, 3, ...rows.map((row) => (row[at] ?? '').length)),
	);
	const cell = (text: string, at: number) =>
		rightAligned[at] ? text.padStart(widths[at] ?? 0) : text.padEnd(widths[at] ?? 0);
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	const rule = `| ${widths.map((width, at) => (rightAligned[at] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
	return [line(header), rule, ...rows.map(line)];
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

async function main() {
	for (const file of [NODE_ENTRY, WORKER_ENTRY]) {
		if (!existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build)`);
	}
	const loadBefore = loadavg()[0] ?? 0;
	console.log(
		`benchmarking on ${cpus().length} cores, node ${process.version}, load ${fixed(loadBefore, 2)}`,
	);
	const api = await spawnServer('api', [NODE_ENTRY]);
	const apiNoMemo = await spawnServer('api-no-memo', [NODE_ENTRY], { API_CACHE_BYTES: '0' });
	const bare = await spawnServer('bare', [
		join(root, 'bench/bare-server.mjs'),
		await snapshot(api),
	]);
	const rows: {
		scenario: Scenario;
		bare: ReturnType<typeof combine>;
		api: ReturnType<typeof combine>;
		apiNoMemo: ReturnType<typeof combine>;
	}[] = [];
	try {
		for (const scenario of SCENARIOS) {
			console.log(`\n${scenario.name} (${scenario.coding}): GET ${scenario.path}`);
			for (const server of [bare, api, apiNoMemo])
				await load(`${server.origin}${scenario.path}`, WARMUP_SECONDS, headersOf(scenario));
			const runs = new Map<Server, Measure[]>([
				[bare, []],
				[api, []],
				[apiNoMemo, []],
			]);
			// alternate the servers so drift in machine load hits them alike
			for (let round = 0; round < ROUNDS; round++) {
				for (const server of [bare, api, apiNoMemo]) {
					const result = await measure(server, scenario);
					runs.get(server)?.push(result);
					console.log(
						`  round ${round + 1} ${server.name.padEnd(12)} ${fixed(result.requests / result.seconds)} req/s, p99 ${result.p99} ms`,
					);
				}
			}
			rows.push({
				scenario,
				bare: combine(runs.get(bare) ?? []),
				api: combine(runs.get(api) ?? []),
				apiNoMemo: combine(runs.get(apiNoMemo) ?? []),
			});
		}
		console.log(
			`\nsoak: warm-up until RSS settles, then ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections…`,
		);
		const soakResult = await soak(api);
		console.log('workerd: time to first response…');
		const workerd = await workerdFirstResponse();
		console.log('worker: size and module evaluation beside a trivial module…');
		const startup = measureWorkerStartup();
		const loadAfter = loadavg()[0] ?? 0;

		const ratios: number[] = [];
		const table = markdownTable(
			[
				'scenario',
				'bare req/s',
				'API req/s',
				'ratio (target)',
				'API p99 (worst round)',
				'bare p99 (worst)',
				'API CPU/req',
				'bare CPU/req',
				'API, memo off: req/s (ratio), p99',
			],
			[false, true, true, true, true, true, true, true, true],
			rows.map(({ scenario, bare: b, api: a, apiNoMemo: n }) => {
				const ratio = a.rps / b.rps;
				ratios.push(ratio);
				return [
					`${scenario.name}, ${scenario.coding} \`${scenario.path}\``,
					fixed(b.rps),
					fixed(a.rps),
					`${fixed(ratio, 2)} (≥ ${scenario.minRatio}: ${mark(ratio >= scenario.minRatio)})`,
					`${a.p99} ms (${a.p99Worst}) (< ${P99_TARGET_MS}: ${mark(a.p99 < P99_TARGET_MS)})`,
					`${b.p99} ms (${b.p99Worst})`,
					`${fixed(a.cpuPerRequestUs)} µs`,
					`${fixed(b.cpuPerRequestUs)} µs`,
					`${fixed(n.rps)} (${fixed(n.rps / b.rps, 2)}), ${n.p99} ms`,
				];
			}),
		);
		const errors = rows.reduce(
			(sum, row) => sum + row.api.errors + row.bare.errors + row.apiNoMemo.errors,
			0,
		);
		const summary = [
			`- Soak: ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections over the three URLs, with and without compression: ${soakResult.requests} requests (${fixed(soakResult.rps)} req/s), p99 ${soakResult.p99} ms, ${soakResult.errors} errors (target 0: ${mark(soakResult.errors === 0)}); RSS ${fixed(soakResult.startMiB, 1)} MiB at the start → ${fixed(soakResult.endMiB, 1)} MiB at the end (max ${fixed(soakResult.maxMiB, 1)}): growth ${fixed(soakResult.growth * 100, 1)} % (target ≤ 10 %: ${mark(soakResult.growth <= 0.1)}). Before it, ${soakResult.warmupSeconds} s of the same load (unmeasured, until RSS grew < ${SOAK_WARMUP_SETTLED * 100} % in ${SOAK_WARMUP_STEP_SECONDS} s) took RSS from ${fixed(soakResult.coldMiB, 1)} MiB to its steady size.`,
			`- Ratios API ÷ bare (identity, br): ${ratios.map((ratio) => fixed(ratio, 2)).join(', ')}; lowest ${fixed(Math.min(...ratios), 2)} (target ≥ ${MIN_RATIO}: ${mark(Math.min(...ratios) >= MIN_RATIO)}).`,
			`- Errors during the comparison runs: ${errors}.`,
			...describeWorkerStartup(startup),
			`- workerd time to first response (Miniflare construction → first 200 of \`/v1/stories/albania\`): median ${fixed(median(workerd.map((run) => run.total)))} ms (runs: ${workerd.map((run) => fixed(run.total)).join(', ')} ms), of which ${fixed(median(workerd.map((run) => run.afterReady)))} ms is the first request itself, after workerd reported ready.`,
		];
		const report = [
			'# API benchmark',
			'',
			`Measured by \`pnpm --filter @mgi-stories/api bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${fixed(loadBefore, 2)} before and ${fixed(loadAfter, 2)} after. autocannon runs in the benchmark process on the same cores as the servers, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s per server after a ${WARMUP_SECONDS} s warm-up; req/s is over all rounds, p99 is the median round's (the worst round's in brackets). "bare" is a node:http server answering with the exact bytes and headers the API produced; "memo off" is the API with its representation memo disabled (\`API_CACHE_BYTES=0\`), so every request is validated, filtered and serialized. CPU/req is the server process's user + system time per request.`,
			'',
			...table,
			'',
			...summary,
			'',
		].join('\n');
		writeFileSync(join(root, 'bench/results.md'), report);
		console.log(`\n${table.join('\n')}\n\n${summary.join('\n')}\n\nwritten to bench/results.md`);
	} finally {
		await Promise.all([stop(api), stop(apiNoMemo), stop(bare)]);
	}
}

await main();
