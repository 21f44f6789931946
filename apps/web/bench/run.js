/**
 * @module the web budgets, measured (not a timed test): Lighthouse 12 with mobile emulation on six
 * page types, JavaScript shipped to a story page and to the stories page, and the largest page's
 * HTML, all gzipped.
 * Usage: pnpm --filter @mgi-stories/web bench (after a build). Writes bench/results.md.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BASE_HEADERS } from '../server/security-headers.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const build = join(root, 'build');
/** @returns {Promise<number>} a port nothing listens on */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createNetServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4318));
		});
	});
}
const port = Number(process.env.BENCH_PORT ?? (await freePort()));
const calibrationPort = await freePort();
const origin = `http://127.0.0.1:${port}`;
const STORY = '/stories/cambodia/';
const STORIES = '/stories/';
const SEARCH_INDEX = '/stories/search.json';
const PAGE_TYPES = [
	{ name: 'home', path: '/' },
	{ name: 'stories', path: STORIES },
	{ name: 'one story', path: STORY },
	{ name: 'a government', path: '/governments/kaz/' },
	{ name: 'a region', path: '/regions/africa/' },
	{ name: 'data', path: '/data/' },
];
// French and Spanish pages: the same six templates with their own messages, names and typography
const PAGES = [
	['', ''],
	[', French', '/fr'],
	[', Spanish', '/es'],
].flatMap(([language, prefix]) =>
	PAGE_TYPES.map(({ name, path }) => ({ name: `${name}${language}`, path: `${prefix}${path}` })),
);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
const BUDGET = { storyJs: 30 * 1024, storiesJs: 25 * 1024, html: 60 * 1024 };
/** Lighthouse runs per page; the median is reported, as Lighthouse's docs advise */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** a minimal page: the ceiling this machine allows, since its speed shifts the performance score */
const CALIBRATION_HTML =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A minimal page"><title>Calibration</title></head><body><main><h1>Calibration</h1><p>A minimal page.</p></main></body></html>';

/**
 * A Markdown table padded as Biome formats it; `right` marks right-aligned columns.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {boolean[]} right
 */
function markdownTable(header, rows, right) {
	/** @param {string} text */
	const length = (text) => [...text].length;
	const widths = header.map((cell, column) =>
		Math.max(3, length(cell), ...rows.map((row) => length(row[column] ?? ''))),
	);
	/** @param {string} cell @param {number} column */
	const pad = (cell, column) => {
		const fill = ' '.repeat((widths[column] ?? 0) - length(cell));
		return right[column] ? fill + cell : cell + fill;
	};
	/** @param {string[]} cells */
	const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
	const rule = `| ${widths.map((width, column) => (right[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}

/** @param {number[]} values */
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** the minimal page, bare at `/` and with the site's security headers at `/headers` */
function startCalibration() {
	const server = createServer((request, response) => {
		response.writeHead(200, {
			'Content-Type': 'text/html; charset=utf-8',
			...(request.url === '/headers' ? BASE_HEADERS : {}),
		});
		response.end(CALIBRATION_HTML);
	});
	return new Promise((resolve) =>
		server.listen(calibrationPort, '127.0.0.1', () => resolve(server)),
	);
}

/** @param {Buffer} buffer */
const gzipped = (buffer) => gzipSync(buffer, { level: 9 }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Starts the site's server (server/index.js) and resolves once it listens. */
function startServer() {
	const child = spawn(process.execPath, [join(root, 'server', 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server/index.js exited with ${code}`)));
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('Site listening')) resolve(child);
		});
	});
}

/** @param {string} url @returns {Promise<Buffer>} */
const download = async (url) =>
	Buffer.from(await (await fetch(new URL(url, origin))).arrayBuffer());

/**
 * The scripts a page loads: <script src>, modulepreloads and the entry points kit imports inline,
 * with every module they import statically; `lazy` are the modules they import dynamically (loaded
 * on first use, e.g. the search engine).
 * @param {string} path
 */
async function pageScripts(path) {
	const html = await (await fetch(`${origin}${path}`)).text();
	/** @type {Set<string>} */
	const initial = new Set();
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) initial.add(String(match[1]));
	for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(match[0]);
		if (href) initial.add(String(href[1]));
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) initial.add(String(match[1]));
	/** @type {Map<string, Buffer>} */
	const bodies = new Map();
	/** @type {Set<string>} */
	const lazy = new Set();
	/** @param {string} url @param {Set<string>} into */
	const visit = async (url, into) => {
		if (bodies.has(url)) return;
		const body = await download(url);
		bodies.set(url, body);
		into.add(url);
		const code = body.toString();
		const resolve = (/** @type {string} */ specifier) =>
			new URL(specifier, new URL(url, origin)).pathname;
		for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"([^"]+\.js)"/g)) {
			await visit(resolve(String(match[1])), into);
		}
		for (const match of code.matchAll(/\bimport\("([^"]+\.js)"\)/g)) {
			const target = resolve(String(match[1]));
			if (!initial.has(target)) lazy.add(target);
		}
	};
	for (const url of [...initial]) await visit(url, initial);
	for (const url of [...lazy]) await visit(url, lazy);
	/** @param {Set<string>} urls */
	const sizes = (urls) =>
		[...urls].map((url) => ({ url, gzip: gzipped(bodies.get(url) ?? Buffer.alloc(0)) }));
	return { initial: sizes(initial), lazy: sizes(lazy) };
}

function largestHtml() {
	return readdirSync(build, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return {
				page: relative(build, file).split(sep).join('/'),
				gzip: gzipped(readFileSync(file)),
			};
		})
		.sort((a, b) => b.gzip - a.gzip);
}

async function runLighthouse() {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: CHROME_FLAGS,
	});
	try {
		const rows = [];
		const targets = [
			...PAGES.map(({ name, path }) => ({ name, path, url: `${origin}${path}` })),
			{
				name: 'calibration: a minimal page',
				path: '(bench)',
				url: `http://127.0.0.1:${calibrationPort}/`,
			},
			{
				name: 'calibration: the same, with the site’s headers',
				path: '(bench)',
				url: `http://127.0.0.1:${calibrationPort}/headers`,
			},
		];
		for (const { name, path, url } of targets) {
			/** @type {import('lighthouse').Result[]} */
			const runs = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES,
				});
				if (result) runs.push(result.lhr);
			}
			const failing = new Set(
				runs.flatMap((lhr) =>
					Object.values(lhr.audits)
						.filter(
							(audit) =>
								audit.score !== null &&
								audit.score < 1 &&
								['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
						)
						.map((audit) => audit.id),
				),
			);
			rows.push({
				name,
				path,
				scores: CATEGORIES.map((id) =>
					Math.round(median(runs.map((lhr) => lhr.categories[id]?.score ?? 0)) * 100),
				),
				tbt: median(runs.map((lhr) => lhr.audits['total-blocking-time']?.numericValue ?? 0)),
				benchmarkIndex: median(runs.map((lhr) => lhr.environment.benchmarkIndex)),
				failing: [...failing],
			});
		}
		return rows;
	} finally {
		await chrome.kill();
	}
}

const loadAtStart = loadavg()
	.map((load) => load.toFixed(2))
	.join(', ');
const server = await startServer();
const calibration = await startCalibration();
try {
	/** @param {{ gzip: number }[]} list */
	const total = (list) => list.reduce((sum, script) => sum + script.gzip, 0);
	const scripts = (await pageScripts(STORY)).initial;
	const storyJs = total(scripts);
	const { initial: storiesScripts, lazy: searchScripts } = await pageScripts(STORIES);
	const storiesJs = total(storiesScripts);
	// what the first search adds: the engine's code and the index it fetches
	const searchIndex = gzipped(await download(SEARCH_INDEX));
	const searchJs = total(searchScripts);
	const pages = largestHtml();
	const [largest] = pages;
	const lighthouseRows = await runLighthouse();

	const table = markdownTable(
		['page', ...CATEGORIES, 'TBT (ms)'],
		lighthouseRows.map((row) => [
			`${row.name} (\`${row.path}\`)`,
			...row.scores.map(String),
			String(Math.round(row.tbt)),
		]),
		[false, ...CATEGORIES.map(() => true), true],
	);
	const notes = lighthouseRows
		.filter((row) => row.failing.length > 0)
		.map((row) => `- ${row.name}: audits below 1 in some run: ${row.failing.join(', ')}`)
		.join('\n');
	const largestGzip = largest?.gzip ?? 0;
	const budgets = markdownTable(
		['budget', 'measured', 'limit', 'verdict'],
		[
			[
				`JavaScript shipped to a story page (\`${STORY}\`), gzipped`,
				kb(storyJs),
				kb(BUDGET.storyJs),
				storyJs < BUDGET.storyJs ? 'within' : 'OVER',
			],
			[
				`JavaScript shipped to the stories page (\`${STORIES}\`), gzipped`,
				kb(storiesJs),
				kb(BUDGET.storiesJs),
				storiesJs < BUDGET.storiesJs ? 'within' : 'OVER',
			],
			[
				`… loaded on the first search: its code and \`${SEARCH_INDEX}\`, gzipped`,
				`${kb(searchJs)} + ${kb(searchIndex)}`,
				'(lazy)',
				'',
			],
			[
				`Largest page’s HTML (\`${largest?.page}\`), gzipped`,
				kb(largestGzip),
				kb(BUDGET.html),
				largestGzip < BUDGET.html ? 'within' : 'OVER',
			],
		],
		[false, true, true, false],
	);
	const report = `# Web benchmark

Measured by \`pnpm --filter @mgi-stories/web bench\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse 12.2.3, default mobile emulation (simulated 4× CPU and slow-4G throttling), Debian chromium, against \`server/index.js\` serving \`build/\`. Median of ${RUNS} runs per page; Lighthouse's benchmark index of this machine: ${Math.round(median(lighthouseRows.map((row) => row.benchmarkIndex)))}; load average when the bench started: ${loadAtStart}. The calibration rows are a minimal page served by the bench itself, bare and with the site's security headers: the performance ceiling this machine allows. A slow CPU inflates total blocking time under the 4× throttling, and \`Cross-Origin-Opener-Policy: same-origin\` adds a browsing-context-group switch to every lab run (Lighthouse starts from \`about:blank\`), which costs a few hundred milliseconds of main-thread time here; real visitors arriving from another site pay that switch anyway.

## Lighthouse

${table}
${notes ? `\n${notes}\n` : ''}
## Budgets

${budgets}

Scripts of the stories page: ${storiesScripts.map((script) => `\`${script.url}\` ${kb(script.gzip)}`).join(', ')}; on the first search: ${searchScripts.map((script) => `\`${script.url}\` ${kb(script.gzip)}`).join(', ') || 'none'}.

Scripts of the story page: ${scripts.map((script) => `\`${script.url}\` ${kb(script.gzip)}`).join(', ') || 'none'}.

Largest pages (HTML, gzipped): ${pages
		.slice(0, 3)
		.map((page) => `\`${page.page}\` ${kb(page.gzip)}`)
		.join(', ')}.
`;
	writeFileSync(join(here, 'results.md'), report);
	console.log(`\n${table}\n${notes ? `\n${notes}\n` : ''}\n${budgets}\n\nWrote bench/results.md`);
	if (storyJs >= BUDGET.storyJs || storiesJs >= BUDGET.storiesJs || largestGzip >= BUDGET.html) {
		process.exitCode = 1;
	}
} finally {
	server.kill();
	calibration.close();
}
