import { expect, test, visit } from './fixtures';

test.describe('the classification grid as an image', () => {
	test('the page links to the grid as SVG and PNG, served as images', async ({ page, request }) => {
		await visit(page, '/classification/');
		const svgLink = page.getByRole('link', { name: 'SVG', exact: true });
		const pngLink = page.getByRole('link', { name: 'PNG', exact: true });
		await expect(svgLink).toHaveAttribute('href', '/classification/grid.svg');
		await expect(pngLink).toHaveAttribute('href', '/classification/grid.png');

		const svg = await request.get('/classification/grid.svg');
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
		const text = await svg.text();
		expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(text.includes('The 19 MGI success stories against our classification')).toBe(true);
		expect(
			text.includes(
				"classification: the mgi-stories project's reading (CC BY 4.0); stories © IOM 2021",
			),
		).toBe(true);

		const png = await request.get('/classification/grid.png');
		expect(png.headers()['content-type']).toBe('image/png');
		const body = await png.body();
		expect(body.readUInt32BE(16)).toBe(2400);
	});

	test('both open in the browser at their size', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/classification/grid.png');
		const size = await page
			.locator('img')
			.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]);
		expect(size[0]).toBe(2400);
		await page.goto('/classification/grid.svg');
		const box = await page.locator('svg').first().boundingBox();
		expect(box?.width).toBe(1200);
	});
});
