import { expect, test, visit } from './fixtures';

const PAGES = [
	{ name: 'story', path: '/stories/cambodia/' },
	{ name: 'government', path: '/governments/kaz/' },
	{ name: 'region', path: '/regions/africa/' },
	{ name: 'stories', path: '/stories/' },
];

test.describe('the copy-link button', { tag: '@js' }, () => {
	for (const width of [375, 1280]) {
		for (const { name, path } of PAGES) {
			test(`copies the ${name} page’s address with the keyboard at ${width} px`, async ({
				page,
				context,
			}) => {
				await context.grantPermissions(['clipboard-read', 'clipboard-write']);
				await page.setViewportSize({ width, height: 900 });
				await visit(page, path, { interactive: true });
				const button = page.getByRole('button', { name: 'Copy link to this page' });
				await button.focus();
				await page.keyboard.press('Enter');
				await expect(page.locator('#copy-link-status')).toHaveText('Link copied to the clipboard.');
				await expect(page.locator('#copy-link-status')).toHaveAttribute('role', 'status');
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
			});
		}
	}

	test('copies a filtered stories view with its filters', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await visit(page, '/stories/', { interactive: true });
		await page.locator('summary', { hasText: /^Topic/ }).click();
		await page.getByRole('checkbox', { name: /^Health/ }).check();
		await page.getByRole('button', { name: 'Copy link to this page' }).click();
		await expect(page.locator('#copy-link-status')).toHaveText('Link copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/stories\/\?topic=health$/,
		);
	});

	test('stays hidden without the Clipboard API', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
		});
		await visit(page, '/stories/cambodia/', { interactive: true });
		await expect(page.getByRole('button', { name: 'Copy link to this page' })).toHaveCount(0);
	});
});

test.describe('without JavaScript', { tag: '@no-js' }, () => {
	for (const { name, path } of PAGES) {
		test(`the ${name} page shows no copy-link button`, async ({ page }) => {
			await visit(page, path);
			await expect(page.getByRole('button', { name: 'Copy link to this page' })).toHaveCount(0);
		});

		test(`the ${name} page keeps the copy-link button's place, so its appearing moves nothing`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 375, height: 812 });
			await visit(page, path);
			const box = await page.locator('button[data-copy-link]').boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(24);
		});
	}
});
