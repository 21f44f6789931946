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

	test.describe('on a desktop', () => {
		test.use({ viewport: { width: 1280, height: 800 } });

		for (const path of ['/', '/fr/', '/es/']) {
			test(`${path} keeps the brand, sections, search and language codes on one row`, async ({
				page,
			}) => {
				await visit(page, path);
				const header = page.getByRole('banner');
				const languages = header.getByRole('navigation', { name: /./ }).last();
				await expect(languages.getByRole('link')).toHaveText([/EN$/, /FR$/, /ES$/]);
				const brand = await header.getByRole('link').first().boundingBox();
				const last = await languages.getByRole('link').last().boundingBox();
				const middle = (box: typeof brand) => (box ? box.y + box.height / 2 : Number.NaN);
				expect(Math.abs(middle(brand) - middle(last))).toBeLessThanOrEqual(2);
			});
		}
	});
});
