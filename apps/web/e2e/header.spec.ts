/** @module the site's header: compact on a phone, one search per page, the languages kept */
import budgets from '../../../tooling/budgets/web.json' with { type: 'json' };
import { expect, PAGE_TYPES, test, visit } from './fixtures';

test.describe('the header', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	for (const { name, path } of PAGE_TYPES) {
		test(`on the ${name} page is at most the budget tall on a phone, with one search and the languages`, async ({
			page,
		}) => {
			await visit(page, path);
			const header = page.getByRole('banner');
			const box = await header.boundingBox();
			expect(box?.height).toBeLessThanOrEqual(budgets.headerHeightAt375Px);
			await expect(header.getByRole('navigation', { name: 'Language' })).toBeVisible();
			await expect(header.getByRole('link', { name: 'Français' })).toBeVisible();
			expect(await page.getByRole('searchbox').count()).toBeLessThanOrEqual(1);
		});
	}

	test('opens its menu of sections without JavaScript', async ({ page }) => {
		await visit(page, '/about/');
		const header = page.getByRole('banner');
		await header.getByText('Menu').click();
		await header
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Stories' })
			.click();
		await expect(page).toHaveURL(/\/stories\/$/);
	});
});
