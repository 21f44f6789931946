/** @module start the built API in its real runtimes: Node (dist/node.js) and workerd (dist/worker/) */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const NODE_ENTRY = `${root}dist/node.js`;
export const WORKER_ENTRY = `${root}dist/worker/worker.mjs`;
const ASSETS_DIRECTORY = `${root}dist/assets`;

/** A running API: `fetch` takes a path (and query) and returns the runtime's response. */
export interface Runtime {
	name: string;
	fetch: (target: string, init?: RequestInit) => Promise<Response>;
	stop: () => Promise<void>;
}

function requireBuilt(file: string) {
	if (!existsSync(file)) {
		throw new Error(`${file} is missing: run \`pnpm --filter @mgi-stories/api build\` first`);
	}
}

/** The worker's compatibility date, read from wrangler.toml so tests run what would be deployed. */
export function compatibilityDate(): string {
	const toml = readFileSync(`${root}wrangler.toml`, 'utf8');
	const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(toml)?.[1];
	if (!date) throw new Error('wrangler.toml has no compatibility_date');
	return date;
}

export interface NodeRuntime extends Runtime {
	origin: string;
	/** stdout lines printed so far */
	output: string[];
}

/** Spawns `node dist/node.js` on a free port (PORT=0) and waits for its "listening" line. */
export async function startNode(env: Record<string, string> = {}): Promise<NodeRuntime> {
	requireBuilt(NODE_ENTRY);
	const child: ChildProcess = spawn(process.execPath, [NODE_ENTRY], {
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const output: string[] = [];
	let errors = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		errors += chunk.toString();
	});
	const port = await new Promise<number>((resolve, reject) => {
		let buffered = '';
		const timer = setTimeout(
			() => reject(new Error(`node entry did not start: ${errors}`)),
			30_000,
		);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`node entry exited with ${code}: ${errors}`));
		});
		child.stdout?.on('data', (chunk: Buffer) => {
			buffered += chunk.toString();
			const lines = buffered.split('\n');
			buffered = lines.pop() ?? '';
			for (const line of lines) {
				output.push(line);
				const match = /^API listening on http:\/\/localhost:(\d+)$/.exec(line);
				if (match) {
					clearTimeout(timer);
					resolve(Number(match[1]));
				}
			}
		});
	});
	const origin = `http://127.0.0.1:${port}`;
	return {
		name: 'node',
		origin,
		output,
		fetch: (target, init) => fetch(`${origin}${target}`, init),
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

export interface WorkerdRuntime extends Runtime {
	/** milliseconds from constructing Miniflare to the first 200 response */
	firstResponseMs: number;
}

/** What wrangler.toml can bind besides the script: Rate Limiting bindings and vars. */
export interface WorkerBindings {
	ratelimits?: Record<string, { simple: { limit: number; period: 10 | 60 } }>;
	bindings?: Record<string, string>;
}

/** Runs dist/worker/worker.mjs (and the modules it imports) in workerd through Miniflare, with extra bindings (`ratelimits`, `bindings`) if given. */
export async function startWorkerd(bindings: WorkerBindings = {}): Promise<WorkerdRuntime> {
	requireBuilt(WORKER_ENTRY);
	process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
	const started = performance.now();
	const mf = new Miniflare({
		scriptPath: WORKER_ENTRY,
		modules: true,
		compatibilityDate: compatibilityDate(),
		// wrangler.toml's [assets], the Worker first as run_worker_first says
		assets: {
			directory: ASSETS_DIRECTORY,
			binding: 'ASSETS',
			routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
		},
		...bindings,
	});
	const first = await mf.dispatchFetch('http://localhost/healthz');
	await first.arrayBuffer();
	if (first.status !== 200) throw new Error(`workerd answered /healthz with ${first.status}`);
	const firstResponseMs = performance.now() - started;
	return {
		name: 'workerd',
		firstResponseMs,
		fetch: async (target, init) =>
			(await mf.dispatchFetch(`http://localhost${target}`, init as never)) as unknown as Response,
		stop: () => mf.dispose(),
	};
}
