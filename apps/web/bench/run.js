/**
 * @module the web budgets, measured (not a timed test): Lighthouse 12 with mobile emulation on three
 * pages, JavaScript shipped to a story page, and the largest page's HTML, all gzipped.
 * Usage: pnpm --filter @mgi-stories/web bench (after a build). Writes bench/results.md.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const build = join(root, 'build');
const port = Number(process.env.BENCH_PORT ?? 4318);
const origin = `http://127.0.0.1:${port}`;
const STORY = '/stories/cambodia/';
const PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'stories', path: '/stories/' },
	{ name: 'one story', path: STORY },
];
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
const BUDGET = { storyJs: 30 * 1024, html: 60 * 1024 };

const gzipped = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Starts server.js and resolves once it listens. */
function startServer() {
	const child = spawn(process.execPath, [join(root, 'server.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server.js exited with ${code}`)));
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('Site listening')) resolve(child);
		});
	});
}

/** The scripts a page loads: <script src>, modulepreloads and the entry points kit imports inline. */
async function pageScripts(path) {
	const html = await (await fetch(`${origin}${path}`)).text();
	const urls = new Set();
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(match[1]);
	for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(match[0]);
		if (href) urls.add(href[1]);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(match[1]);
	const sizes = await Promise.all(
		[...urls].map(async (url) => {
			const body = Buffer.from(await (await fetch(new URL(url, origin))).arrayBuffer());
			return { url, gzip: gzipped(body) };
		}),
	);
	return sizes;
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
		for (const { name, path } of PAGES) {
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES,
			});
			const categories = result?.lhr.categories ?? {};
			const failing = Object.values(result?.lhr.audits ?? {})
				.filter(
					(audit) =>
						audit.score !== null &&
						audit.score < 1 &&
						audit.scoreDisplayMode !== 'informative' &&
						audit.scoreDisplayMode !== 'manual' &&
						audit.scoreDisplayMode !== 'notApplicable',
				)
				.map((audit) => audit.id);
			rows.push({
				name,
				path,
				scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
				failing,
			});
		}
		return rows;
	} finally {
		await chrome.kill();
	}
}

const server = await startServer();
try {
	const scripts = await pageScripts(STORY);
	const storyJs = scripts.reduce((sum, script) => sum + script.gzip, 0);
	const pages = largestHtml();
	const [largest] = pages;
	const lighthouseRows = await runLighthouse();

	const table = [
		`| page | ${CATEGORIES.join(' | ')} |`,
		`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
		...lighthouseRows.map((row) => `| ${row.name} (\`${row.path}\`) | ${row.scores.join(' | ')} |`),
	].join('\n');
	const notes = lighthouseRows
		.filter((row) => row.failing.length > 0)
		.map((row) => `- ${row.name}: audits below 1: ${row.failing.join(', ')}`)
		.join('\n');
	const budgets = [
		`| budget | measured | limit | |`,
		'| --- | ---: | ---: | --- |',
		`| JavaScript shipped to a story page (\`${STORY}\`), gzipped | ${kb(storyJs)} | ${kb(BUDGET.storyJs)} | ${storyJs < BUDGET.storyJs ? 'ok' : 'OVER'} |`,
		`| Largest page’s HTML (\`${largest?.page}\`), gzipped | ${kb(largest?.gzip ?? 0)} | ${kb(BUDGET.html)} | ${(largest?.gzip ?? 0) < BUDGET.html ? 'ok' : 'OVER'} |`,
	].join('\n');
	const report = `# Web benchmark

Measured by \`pnpm --filter @mgi-stories/web bench\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse 12.2.3, default mobile emulation (simulated throttling), Debian chromium, against \`server.js\` serving \`build/\`. Numbers vary with the machine; the budgets are the issue's.

## Lighthouse

${table}
${notes ? `\n${notes}\n` : ''}
## Budgets

${budgets}

Scripts of the story page: ${scripts.map((script) => `\`${script.url}\` ${kb(script.gzip)}`).join(', ') || 'none'}.

Largest pages (HTML, gzipped): ${pages
		.slice(0, 3)
		.map((page) => `\`${page.page}\` ${kb(page.gzip)}`)
		.join(', ')}.
`;
	writeFileSync(join(here, 'results.md'), report);
	console.log(`\n${table}\n${notes ? `\n${notes}\n` : ''}\n${budgets}\n\nWrote bench/results.md`);
	if (storyJs >= BUDGET.storyJs || (largest?.gzip ?? 0) >= BUDGET.html) process.exitCode = 1;
} finally {
	server.kill();
}
