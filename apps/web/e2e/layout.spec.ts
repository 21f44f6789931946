/** @module layout facts every page type keeps at every width: nothing scrolls or sticks out sideways */
import { expect, PAGE_TYPES, sidewaysOverflow, test, visit } from './fixtures';

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
				const overflow = await sidewaysOverflow(page);
				expect(overflow.page, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
				expect(overflow.poking, `${name} at ${width}px`).toEqual([]);
			}
		});
	}
});
