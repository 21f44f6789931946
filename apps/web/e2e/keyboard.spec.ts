import { expect, test, visit } from './fixtures';

test.describe('keyboard only', () => {
	test('the skip link is first and moves focus to the content', async ({ page }) => {
		await visit(page, '/stories/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('main').getByRole('link', { name: 'Home' })).toBeFocused();
	});

	test('reaches the main navigation and follows it', async ({ page }) => {
		await visit(page, '/');
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // brand, which leads home
		await page.keyboard.press('Tab'); // Stories
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }),
		).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/stories\/$/);
	});

	test('the map’s links can be skipped', async ({ page }) => {
		await visit(page, '/');
		const skip = page.getByRole('link', { name: 'Skip the map’s links' });
		await skip.focus();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#map-table$/);
		await page.locator('svg a').first().focus();
		await expect(page.locator('svg a').first()).toBeFocused();
	});

	test('filters and opens a story with the keyboard', async ({ page, javaScriptEnabled }) => {
		await visit(page, '/stories/', { interactive: javaScriptEnabled !== false });
		const summary = page.locator('summary', { hasText: /^Level of government/ });
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
		if (javaScriptEnabled !== false) {
			await expect(summary).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.getByRole('checkbox', { name: /^National/ })).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.getByRole('checkbox', { name: /^Local/ })).toBeFocused();
			await page.keyboard.press('Space');
			await expect(page.getByRole('heading', { level: 2, name: /of 19 stories/ })).toHaveText(
				'1 of 19 stories',
			);
		} else {
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: /^Local/ })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/stories\/level\/local\/$/);
		}
		const story = page.getByRole('link', { name: 'São Paulo (Brazil)' });
		await story.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/stories\/brazil\/$/);
	});

	test('copies a citation with the keyboard', { tag: '@js' }, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await visit(page, '/stories/iraq/', { interactive: true });
		await page.locator('#cite-heading').evaluate((heading) => heading.scrollIntoView());
		await page.getByRole('button', { name: 'Copy APA 7 citation' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#cite-apa-status')).toHaveText('Copied to the clipboard.');
	});

	test('focus is always visible', async ({ page }) => {
		await visit(page, '/governments/');
		for (let step = 0; step < 8; step++) {
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement | null;
				if (!element) return 'none';
				const style = getComputedStyle(element);
				return `${style.outlineStyle} ${style.outlineWidth}`;
			});
			expect(outline, `tab stop ${step}`).not.toMatch(/^none|0px$/);
		}
	});
});
