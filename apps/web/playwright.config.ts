import { defineConfig, devices } from '@playwright/test';
import { freePort } from './e2e/free-port';

// chosen once in the main process; workers inherit it through the environment
process.env.WEB_TEST_PORT ??= String(await freePort());
/** the port the built site is served on during the tests */
const PORT = Number(process.env.WEB_TEST_PORT);

// Debian's chromium: Playwright cannot download its own browser on a machine without internet access
const launchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};

/** `pnpm screenshots` runs only the review pictures (tagged @shots); `pnpm test` runs everything else */
const SHOTS = process.env.SCREENSHOTS === '1';
/** the tags a project leaves out: its own, and the pictures unless they were asked for */
const leaveOut = (tag: RegExp) => (SHOTS ? [tag] : [tag, /@shots/]);

export default defineConfig({
	...(SHOTS ? { grep: /@shots/ } : {}),
	testDir: 'e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['dot']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		// tests tagged @js run with JavaScript only, @no-js without it only, the rest in both
		{
			name: 'js',
			grepInvert: leaveOut(/@no-js/),
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: true },
		},
		{
			name: 'no-js',
			grepInvert: leaveOut(/@js\b/),
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false },
		},
	],
	webServer: {
		command: 'node server/index.js',
		url: `http://127.0.0.1:${PORT}/`,
		env: { PORT: String(PORT), HOST: '127.0.0.1' },
		// never reuse: a server started before the last build would serve stale asset lists
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		timeout: 30_000,
	},
});
