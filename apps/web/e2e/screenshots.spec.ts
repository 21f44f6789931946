import { PAGE_TYPES, test, visit } from './fixtures';

const WIDTHS = [375, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** pages that look different without JavaScript (links instead of controls) */
const DIFFER_WITHOUT_JS = new Set(['stories', 'stories filtered', 'governments', 'story']);

test.describe('screenshots', () => {
	for (const { name, path } of PAGE_TYPES) {
		const tag = DIFFER_WITHOUT_JS.has(name) ? [] : ['@js'];
		test(
			`${name} at ${WIDTHS.join(', ')} px, light and dark`,
			{ tag },
			async ({ page, javaScriptEnabled }, testInfo) => {
				// four widths, two schemes, full-page pictures of pages up to 10,000 px tall
				test.slow();
				const interactive = javaScriptEnabled !== false && /stories\/$|governments\/$/.test(path);
				// 320 px is checked for sideways scrolling only; the others are also photographed
				for (const width of [320, ...WIDTHS]) {
					await page.setViewportSize({ width, height: 900 });
					await visit(page, path, { interactive });
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
					);
					test.expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
					if (width === 320) continue;
					for (const colorScheme of SCHEMES) {
						await page.emulateMedia({ colorScheme });
						const file = testInfo.outputPath(
							`${name.replace(/\W+/g, '-')}-${width}-${colorScheme}.png`,
						);
						await page.screenshot({ path: file, fullPage: true });
						await testInfo.attach(`${name} ${width}px ${colorScheme}`, {
							path: file,
							contentType: 'image/png',
						});
					}
					await page.emulateMedia({ colorScheme: null });
				}
			},
		);
	}

	test('a story page in print', { tag: '@js' }, async ({ page }, testInfo) => {
		await visit(page, '/stories/sierra-leone/');
		await page.emulateMedia({ media: 'print' });
		await test.expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await test.expect(page.getByRole('button', { name: /Copy/ }).first()).toBeHidden();
		await page.screenshot({ path: testInfo.outputPath('story-print.png'), fullPage: true });
	});
});
