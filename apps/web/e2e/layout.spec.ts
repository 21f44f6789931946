/** @module layout facts every page type keeps at every width: nothing scrolls or sticks out sideways */
import { expect, PAGE_TYPES, test, visit } from './fixtures';

/** from the smallest phone CSS width to a laptop */
const WIDTHS = [320, 375, 768, 1280] as const;
/** pages whose controls change the layout once the script runs */
const INTERACTIVE = /stories\/$|governments\/$/;

test.describe('layout', () => {
	for (const { name, path } of PAGE_TYPES) {
		test(`${name} fits ${WIDTHS.join(', ')} px without sideways scrolling`, async ({
			page,
			javaScript,
		}) => {
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await visit(page, path, { interactive: javaScript && INTERACTIVE.test(path) });
				const overflow = await page.evaluate(() => ({
					page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					// a wide table or map may scroll inside its own box; nothing else may poke out
					poking: [
						...document.body.querySelectorAll('h1, h2, h3, p, li, dd, dt, figcaption, button'),
					]
						.filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
						.filter((element) => !element.closest('[data-scroll], .table-scroll, [tabindex="0"]'))
						.map((element) => element.outerHTML.slice(0, 80)),
				}));
				expect(overflow.page, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
				expect(overflow.poking, `${name} at ${width}px`).toEqual([]);
			}
		});
	}
});
