/**
 * @module full-page pictures of every page type at three widths, light and dark, and of the home,
 * stories and story pages in French and Spanish: a review tool, run by
 * `pnpm --filter @mgi-stories/web screenshots` (outside `pnpm test`; layout facts are in layout.spec.ts)
 */
import { PAGE_TYPES, test, visit } from './fixtures';

const WIDTHS = [375, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** pages that look different without JavaScript (links instead of controls) */
const DIFFER_WITHOUT_JS = new Set(['stories', 'stories filtered', 'governments', 'story']);
/** the page types whose words carry most of a language's grammar and typography */
const IN_EVERY_LANGUAGE = new Set(['home', 'stories', 'story']);
const SHOTS = [
	...PAGE_TYPES,
	...['fr', 'es'].flatMap((language) =>
		PAGE_TYPES.filter(({ name }) => IN_EVERY_LANGUAGE.has(name)).map(({ name, path }) => ({
			name: `${name} ${language}`,
			path: `/${language}${path}`,
			base: name,
		})),
	),
];

test.describe('screenshots', () => {
	for (const shot of SHOTS) {
		const { name, path } = shot;
		const tag = DIFFER_WITHOUT_JS.has('base' in shot ? shot.base : name)
			? ['@shots']
			: ['@shots', '@js'];
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
