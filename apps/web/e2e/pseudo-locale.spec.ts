/**
 * @module the pseudo site (`pnpm build:pseudo`, served from build-pseudo/) at 375 px: words about
 * 35 % longer and accented break no page type
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PSEUDO_LOCALE } from '../build-steps/pseudo-locale.js';
import { test as base, expect, PAGE_TYPES, sidewaysOverflow, visit } from './fixtures';
import { freePort } from './free-port';

/** pages whose controls change the layout once the script runs */
const INTERACTIVE = /stories\/$|governments\/$/;

const test = base.extend<object, { pseudoSite: string }>({
	// the pseudo site on its own server, one per worker
	pseudoSite: [
		// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture uses from its first argument
		async ({}, use) => {
			const port = await freePort();
			const server: ChildProcess = spawn(process.execPath, ['server/index.js'], {
				cwd: fileURLToPath(new URL('..', import.meta.url)),
				env: { ...process.env, MGI_PSEUDO_LOCALE: '1', PORT: String(port), HOST: '127.0.0.1' },
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			await new Promise((resolve, reject) => {
				server.stdout?.once('data', resolve);
				server.once('exit', (code) =>
					reject(new Error(`the pseudo site's server exited (${code})`)),
				);
			});
			await use(`http://127.0.0.1:${port}`);
			server.kill();
		},
		{ scope: 'worker' },
	],
});

test.describe(`pseudo-locale (${PSEUDO_LOCALE}) at 375 px`, () => {
	for (const { name, path } of PAGE_TYPES) {
		// with JavaScript too where the script changes the layout
		const tag = INTERACTIVE.test(path) ? [] : ['@no-js'];
		test(`${name} fits without sideways scrolling or clipped text`, { tag }, async ({
			page,
			javaScript,
			pseudoSite,
		}) => {
			await page.setViewportSize({ width: 375, height: 900 });
			await visit(page, `${pseudoSite}/${PSEUDO_LOCALE}${path}`, {
				interactive: javaScript && INTERACTIVE.test(path),
			});
			await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_LOCALE);
			expect(await sidewaysOverflow(page), name).toEqual({
				page: 0,
				poking: [],
				spilling: [],
				clipped: [],
			});
		});
	}

	test('finds a word too long for the screen, and a box that cuts it off', {
		tag: '@no-js',
	}, async ({ page, pseudoSite }) => {
		await page.setViewportSize({ width: 375, height: 900 });
		await visit(page, `${pseudoSite}/${PSEUDO_LOCALE}/about/`);
		const word = 'Ŕééááď'.repeat(20);
		await page.locator('h1').evaluate((heading, text) => {
			heading.textContent = text;
			heading.style.whiteSpace = 'nowrap';
		}, word);
		expect((await sidewaysOverflow(page)).spilling).toEqual([expect.stringMatching(/^<h1/)]);
		await page.locator('h1').evaluate((heading) => {
			heading.style.overflow = 'hidden';
		});
		expect((await sidewaysOverflow(page)).clipped).toEqual([expect.stringMatching(/^<h1/)]);
	});
});
