/** @module the visual identity in the browser: focus ring, fonts, no third parties, independence */
import { contrast } from './contrast';
import { expect, test, visit } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });

		test('the keyboard focus ring is at least 2 px and 3:1 against the page', async ({ page }) => {
			await visit(page, '/stories/cambodia/');
			// the skip link, then the site's name
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			const ring = await page.evaluate(() => {
				const focused = document.activeElement as HTMLElement;
				const style = getComputedStyle(focused);
				return {
					text: focused.textContent?.trim(),
					width: Number.parseFloat(style.outlineWidth),
					outline: style.outlineStyle,
					color: style.outlineColor,
					page: getComputedStyle(document.body).backgroundColor,
				};
			});
			expect(ring.text).toBe('MGI Success Stories');
			expect(ring.outline).toBe('solid');
			expect(ring.width).toBeGreaterThanOrEqual(2);
			expect(contrast(ring.color, ring.page)).toBeGreaterThanOrEqual(3);
		});
	});
}

test('pages load their fonts from the site itself, swapped in without hiding text', async ({
	page,
}) => {
	const origins = new Set<string>();
	page.on('request', (request) => {
		origins.add(new URL(request.url()).origin);
	});
	await visit(page, '/stories/cambodia/');
	await page.evaluate(() => document.fonts.ready);
	expect([...origins]).toEqual([new URL(page.url()).origin]);
	const faces = await page.evaluate(() =>
		[...document.fonts].map((face) => ({ family: face.family, display: face.display })),
	);
	const webFonts = faces.filter((face) => !face.family.includes('Fallback'));
	expect(webFonts.length).toBeGreaterThan(0);
	for (const face of webFonts) expect(face.display).toBe('swap');
	const loaded = await page.evaluate(() =>
		['"Inter Variable"', '"Source Serif 4 Variable"'].map((family) =>
			document.fonts.check(`16px ${family}`),
		),
	);
	expect(loaded).toEqual([true, true]);
});

test('French text (œ in « main-d’œuvre ») is drawn from the Latin subset, not a second download', async ({
	page,
}) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
	});
	await visit(page, '/fr/');
	await page.evaluate(() => document.fonts.ready);
	expect(fonts.length).toBeGreaterThan(0);
	expect(fonts.filter((path) => path.includes('latin-ext'))).toEqual([]);
});

test('the footer and About say the site is independent of IOM', async ({ page }) => {
	for (const path of ['/', '/about/']) {
		await visit(page, path);
		await expect(page.getByRole('contentinfo')).toContainText(
			'This is an independent project built on IOM’s booklet, not an IOM product',
		);
	}
	await expect(page.getByRole('main')).toContainText('This site is not an IOM publication.');
});
