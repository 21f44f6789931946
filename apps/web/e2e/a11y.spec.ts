import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, PAGE_TYPES, test, visit } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	return results.violations.map((violation) => ({
		id: violation.id,
		impact: violation.impact,
		nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
	}));
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, WCAG 2.2 AA, ${colorScheme} scheme`, { tag: '@js' }, () => {
		test.use({ colorScheme });

		for (const { name, path } of PAGE_TYPES) {
			test(`${name} has no violations`, async ({ page }) => {
				await visit(page, path, { interactive: /stories\/$|governments\/$/.test(path) });
				// details closed by default hide content from axe: open them all
				await page.evaluate(() => {
					for (const details of document.querySelectorAll('details')) details.open = true;
				});
				// the stories page draws an opened group's checkboxes once it runs
				if (name === 'stories' || name === 'stories filtered') {
					await expect(page.getByRole('checkbox').first()).toBeVisible();
				}
				expect(await violations(page)).toEqual([]);
			});
		}

		test('stories with filters, search results and the empty state have no violations', async ({
			page,
		}) => {
			await visit(page, '/stories/?topic=health&q=migrant', { interactive: true });
			await expect(page.getByRole('heading', { level: 2, name: /of 19 stories/ })).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await visit(page, '/stories/?q=zzzzzz', { interactive: true });
			await expect(page.getByRole('heading', { name: /No story matches/ })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}

// axe runs inside the page, so it needs JavaScript: the pages as browsers without it get them are
// checked by blocking the site's own scripts
test.describe('axe, WCAG 2.2 AA, the pages as served to browsers without JavaScript', {
	tag: '@js',
}, () => {
	for (const path of [
		'/stories/',
		'/stories/region/africa/',
		'/governments/',
		'/governments/kind/local/',
		'/search/?q=moldova',
		'/regions/africa/',
	]) {
		test(`${path} has no violations`, async ({ page }) => {
			await page.route(/\/_app\/.*\.js$|\/enhance(\/[^/]+)?\.js$/, (route) => route.abort());
			await page.goto(path);
			await page.evaluate(() => {
				for (const details of document.querySelectorAll('details')) details.open = true;
			});
			await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
			expect(await violations(page)).toEqual([]);
		});
	}
});
