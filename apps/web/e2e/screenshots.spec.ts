import { PAGE_TYPES, test, visit } from './fixtures';

const WIDTHS = [375, 768, 1280] as const;
/** pages that look different without JavaScript (links instead of controls) */
const DIFFER_WITHOUT_JS = new Set(['stories', 'stories filtered', 'governments', 'story']);

test.describe('screenshots', () => {
	for (const { name, path } of PAGE_TYPES) {
		test(`${name} at ${WIDTHS.join(', ')} px`, async ({ page, javaScriptEnabled }, testInfo) => {
			const js = javaScriptEnabled !== false;
			test.skip(!js && !DIFFER_WITHOUT_JS.has(name), 'looks the same without JavaScript');
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await visit(page, path, { interactive: js && /stories\/$|governments\/$/.test(path) });
				// nothing may overflow sideways, down to the narrowest phones
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				test.expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
				const file = testInfo.outputPath(`${name.replace(/\W+/g, '-')}-${width}.png`);
				await page.screenshot({ path: file, fullPage: true });
				await testInfo.attach(`${name} ${width}px`, { path: file, contentType: 'image/png' });
			}
		});
	}

	test('a story page at 320 px and in print', async ({ page, javaScriptEnabled }, testInfo) => {
		test.skip(javaScriptEnabled === false, 'once is enough');
		await page.setViewportSize({ width: 320, height: 800 });
		await visit(page, '/stories/sierra-leone/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		test.expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: testInfo.outputPath('story-320.png'), fullPage: true });
		await page.emulateMedia({ media: 'print' });
		await test.expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await page.screenshot({ path: testInfo.outputPath('story-print.png'), fullPage: true });
	});
});
