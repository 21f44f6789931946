/** @module printing: A4 page counts per page type, and what paper shows and hides */
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures';

/** the A4 pages a page prints to in Chromium (counted from the PDF's page objects) */
async function printedPages(page: Page, path: string): Promise<number> {
	await visit(page, path);
	const pdf = await page.pdf({ format: 'A4' });
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/**
 * Documented bounds (README, "Print"): a story with its classification and citation fits on two
 * A4 pages; a government's page on two; a region's list of participants on three.
 */
const BOUNDS = [
	{ path: '/governments/kaz/', pages: 2 },
	{ path: '/governments/br-sao-paulo/', pages: 2 },
	{ path: '/regions/africa/', pages: 3 },
] as const;

test.describe('print', { tag: '@js' }, () => {
	test('every story prints on at most two A4 pages', async ({ page, request }) => {
		const sitemap = await (await request.get('/sitemap.xml')).text();
		const stories = [
			...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/stories\/[a-z-]+\/)<\/loc>/g),
		].map(([, path]) => path ?? '');
		expect(stories).toHaveLength(19);
		for (const path of stories) {
			const pages = await printedPages(page, path);
			expect(pages, `${path} prints on ${pages} pages`).toBeGreaterThan(0);
			expect(pages, `${path} prints on ${pages} pages`).toBeLessThanOrEqual(2);
		}
	});

	for (const { path, pages } of BOUNDS) {
		test(`${path} prints on at most ${pages} A4 pages`, async ({ page }) => {
			const printed = await printedPages(page, path);
			expect(printed).toBeGreaterThan(0);
			expect(printed).toBeLessThanOrEqual(pages);
		});
	}

	for (const path of ['/governments/mus/', '/regions/oceania/', '/regions/africa/']) {
		test(`${path} never prints a page holding only the footer`, async ({ page }) => {
			const printed = await printedPages(page, path);
			await page.evaluate(() => document.querySelector('.site-footer')?.remove());
			const withoutFooter = await page.pdf({ format: 'A4' });
			const pages = withoutFooter.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;
			expect(printed).toBe(pages);
		});
	}

	test('paper shows the story and the links’ addresses, not the controls', async ({ page }) => {
		await visit(page, '/stories/sierra-leone/');
		await page.emulateMedia({ media: 'print' });
		const banner = page.getByRole('banner');
		await expect(banner.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(banner.getByRole('link', { name: 'Search' })).toBeHidden();
		await expect(banner.getByRole('navigation', { name: 'Language' })).toBeHidden();
		await expect(page.getByRole('link', { name: /^More about/ })).toBeHidden();
		await expect(page.getByLabel('Highlight the phrases behind our classification')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Next: Tajikistan →' })).toBeHidden();
		await expect(page.locator('blockquote.verbatim')).toBeVisible();
		// evidence highlights print as plain text: no tint, rule or underline that reads as a link
		const mark = await page
			.locator('blockquote.verbatim mark')
			.first()
			.evaluate((element) => {
				const style = getComputedStyle(element);
				return {
					background: style.backgroundColor,
					shadow: style.boxShadow,
					line: style.textDecorationLine,
				};
			});
		expect(mark).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: 'none', line: 'none' });
		// a link off the site prints its address after it
		const after = await page
			.locator('main a[href^="http"]')
			.first()
			.evaluate((element) => getComputedStyle(element, '::after').content);
		expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(http/);
	});

	test('the home page prints the map without its zoom links', async ({ page }) => {
		await visit(page, '/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('figure svg').first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Zoom into a region' })).toBeHidden();
	});
});
