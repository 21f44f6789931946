import AxeBuilder from '@axe-core/playwright';
import { expect, PAGE_TYPES, test, visit } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** the pages with charts, the claims check and the maps, in every language and scheme */
const PATHS = ['/', '/claims/', '/governments/kaz/', '/regions/africa/'];

/**
 * Whether another spec already runs axe on this page, opened the same way (details open): every page
 * type in English in both schemes (a11y.spec.ts) and in French and Spanish in the light one
 * (locales.spec.ts).
 */
const checkedElsewhere = (prefix: string, path: string, colorScheme: 'light' | 'dark') =>
	PAGE_TYPES.some((type) => type.path === path) && (prefix === '' || colorScheme === 'light');

for (const prefix of ['', '/fr', '/es']) {
	for (const colorScheme of ['light', 'dark'] as const) {
		const paths = PATHS.filter((path) => !checkedElsewhere(prefix, path, colorScheme));
		test.describe(`axe on ${prefix || '/en'} charts and maps, ${colorScheme} scheme`, {
			tag: '@js',
		}, () => {
			test.use({ colorScheme });
			for (const path of paths) {
				test(`${prefix}${path} has no violations, tables open`, async ({ page }) => {
					await visit(page, `${prefix}${path}`);
					await page.evaluate(() => {
						for (const details of document.querySelectorAll('details')) details.open = true;
					});
					const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
					expect(results.violations.map((violation) => violation.id)).toEqual([]);
				});
			}
		});
	}
}

test.describe('the home page in French and Spanish', () => {
	test('links the check from one sentence, in the page’s language', async ({ page }) => {
		await visit(page, '/fr/');
		await expect(
			page.getByText(/L’avant-propos de la brochure dénombre 30 autorités locales/),
		).toBeVisible();
		await page.getByRole('link', { name: 'Les chiffres de la brochure, vérifiés' }).first().click();
		await expect(page).toHaveURL(/\/fr\/claims\/$/);
		await visit(page, '/es/');
		await expect(page.getByRole('img', { name: 'Participación por región' })).toBeVisible();
	});
});

test.describe('the claims check on a phone', { tag: '@js' }, () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('reads as cards that fit the screen, with no axe violations', async ({ page }) => {
		for (const path of ['/claims/', '/fr/claims/']) {
			await visit(page, path);
			const row = page.locator('#claim-foreword-local-authorities');
			const box = await row.boundingBox();
			expect(box?.width).toBeLessThanOrEqual(375);
			await row.scrollIntoViewIfNeeded();
			await expect(row.locator('.badge')).toBeInViewport();
			const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
		}
	});
});
