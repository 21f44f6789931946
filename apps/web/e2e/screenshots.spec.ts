/**
 * @module full-page pictures of every page type at three widths, light and dark: a review tool, run by
 * `pnpm --filter @mgi-stories/web screenshots` (outside `pnpm test`; layout facts are in layout.spec.ts)
 */
import { PAGE_TYPES, test, visit } from './fixtures';

const WIDTHS = [375, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** pages that look different without JavaScript (links instead of controls) */
const DIFFER_WITHOUT_JS = new Set(['stories', 'stories filtered', 'governments', 'story']);

test.describe('screenshots', () => {
	for (const { name, path } of PAGE_TYPES) {
		const tag = DIFFER_WITHOUT_JS.has(name) ? ['@shots'] : ['@shots', '@js'];
		test(
			`${name} at ${WIDTHS.join(', ')} px, light and dark`,
			{ tag },
			async ({ page, javaScript }, testInfo) => {
				test.slow();
				const interactive = javaScript && /stories\/$|governments\/$/.test(path);
				for (const width of WIDTHS) {
					await page.setViewportSize({ width, height: 900 });
					await visit(page, path, { interactive });
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
});
