import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** the visible markers of local authorities, as on screen */
async function markerBoxes(page: Page) {
	return page
		.locator('figure.world-map .map-scroll > svg a:is(.local, .cluster):visible circle:not(.hit)')
		.evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().toJSON()));
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`the map at 375 px, ${colorScheme} scheme`, () => {
		test.use({ viewport: { width: 375, height: 800 }, colorScheme });

		for (const path of ['/', '/regions/americas/', '/regions/africa/']) {
			test(`${path}: local authorities have 24 px targets that do not overlap`, async ({
				page,
			}) => {
				await visit(page, path);
				await expect(page.locator('svg a.local').first()).toBeHidden();
				const boxes = await markerBoxes(page);
				expect(boxes.length).toBeGreaterThan(1);
				for (const [i, a] of boxes.entries()) {
					expect(a.width, `marker ${i} is ${a.width} px wide`).toBeGreaterThanOrEqual(24);
					for (const b of boxes.slice(i + 1)) {
						const distance = Math.hypot(
							a.left + a.width / 2 - (b.left + b.width / 2),
							a.top + a.height / 2 - (b.top + b.height / 2),
						);
						// WCAG 2.5.8: 24 px circles centred on the targets do not intersect
						expect(distance).toBeGreaterThanOrEqual(24);
					}
				}
			});
		}

		test('the numbered markers have no axe violations', { tag: '@js' }, async ({ page }) => {
			for (const path of ['/', '/regions/americas/']) {
				await visit(page, path);
				await expect(page.locator('svg a.cluster').first()).toBeVisible();
				const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				expect(results.violations.map((violation) => violation.id)).toEqual([]);
			}
		});

		test('the map is tall enough to read, and scrolls sideways inside its frame', async ({
			page,
		}) => {
			await visit(page, '/');
			const box = await page.locator('figure.world-map .map-scroll > svg').boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(300);
			const scroller = page.getByRole('region', { name: 'World map, scrolls sideways' });
			await expect(scroller).toBeVisible();
		});

		test('nothing sticks out of the page', async ({ page }) => {
			await visit(page, '/');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBe(0);
		});
	});
}

test.describe('the map at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('shows every local authority where it is, and no clusters', async ({ page }) => {
		await visit(page, '/');
		await expect(page.locator('svg a.local:visible')).toHaveCount(29);
		await expect(page.locator('svg a.cluster:visible')).toHaveCount(0);
	});
});

test.describe('zooming in place', { tag: '@js' }, () => {
	for (const width of [375, 1280]) {
		test(`at ${width} px, zooms into a region and back, keeping focus`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await visit(page, '/', { interactive: true });
			const figure = page.locator('figure.world-map');
			const africa = figure
				.getByRole('navigation', { name: 'Zoom into a region' })
				.getByRole('link', { name: 'Africa' });
			await africa.focus();
			await page.keyboard.press('Enter');
			const back = figure.getByRole('button', { name: 'Back to the world map' });
			await expect(back).toBeFocused();
			await expect(page).toHaveURL(/\/$/);
			await expect(figure.getByRole('status')).toHaveText('Map zoomed into Africa.');
			// the region view's own map, with its title
			await expect(figure.locator('svg title').first()).toHaveText(
				'Map of the governments in Africa that took part in the MGI',
			);
			await expect(figure.locator('svg a.country[href="/governments/sle/"]')).toHaveCount(1);
			await page.keyboard.press('Enter');
			await expect(africa).toBeFocused();
			await expect(back).toBeHidden();
			await expect(figure.getByRole('status')).toHaveText('World map.');
			await expect(figure.locator('svg title').first()).toHaveText(
				'World map of the governments that took part in the MGI, 2016–2021',
			);
		});
	}

	test('a cluster on a narrow screen zooms into its region', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await visit(page, '/', { interactive: true });
		await page
			.getByRole('link', { name: /participating local authorities in Americas: zoom into/ })
			.click();
		await expect(page.getByRole('button', { name: 'Back to the world map' })).toBeFocused();
		await expect(
			page.getByRole('link', { name: /participating local authorities in Colombia:/ }),
		).toBeVisible();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the zoomed map has no axe violations, ${colorScheme} scheme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await visit(page, '/', { interactive: true });
			await page.locator('a[data-zoom="Americas"]').last().click();
			await expect(page.getByRole('button', { name: 'Back to the world map' })).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
		});
	}
});

test.describe('without JavaScript', { tag: '@no-js' }, () => {
	test('a cluster opens the region view', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await visit(page, '/');
		await expect(page.getByRole('button', { name: 'Back to the world map' })).toHaveCount(0);
		await page.getByRole('link', { name: /participating local authorities in Africa:/ }).click();
		await expect(page).toHaveURL(/\/regions\/africa\/$/);
	});
});
