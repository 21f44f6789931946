/** @module shared helpers for the e2e specs */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ javaScript: boolean }>({
	javaScript: async ({ javaScriptEnabled }, use) => {
		await use(javaScriptEnabled !== false);
	},
});

export { expect };

/**
 * Opens a page and, when JavaScript runs, waits until it is interactive: clicks before hydration are
 * lost. Pages without scripts have nothing to wait for.
 */
export async function visit(page: Page, path: string, { interactive = false } = {}) {
	const response = await page.goto(path);
	if (interactive) await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	return response;
}

/**
 * What sticks out sideways on the page at its width: how far the page scrolls, the text blocks that
 * poke out or whose text spills out of them (a wide table or map may scroll inside its own box) and
 * the boxes that cut their text off.
 */
export function sidewaysOverflow(page: Page) {
	return page.evaluate(() => {
		const inScrollBox = (element: Element) =>
			element.closest('[data-scroll], .table-scroll, [tabindex="0"]') !== null;
		// a visually hidden heading (1 px wide) is read, not seen
		const blocks = [
			...document.body.querySelectorAll('h1, h2, h3, p, li, dd, dt, figcaption, button'),
		].filter((element) => !inScrollBox(element) && element.clientWidth > 1);
		return {
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			poking: blocks
				.filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
				.map((element) => element.outerHTML.slice(0, 80)),
			spilling: blocks
				.filter((element) => element.scrollWidth > element.clientWidth + 1)
				.map((element) => element.outerHTML.slice(0, 80)),
			// a box that hides what overflows it and is wider inside than out, with text in it
			clipped: [...document.body.querySelectorAll('*')]
				.filter((element) => {
					const style = getComputedStyle(element);
					return (
						/hidden|clip/.test(style.overflowX) &&
						element.clientWidth > 1 &&
						element.scrollWidth > element.clientWidth + 1 &&
						(element.textContent ?? '').trim() !== '' &&
						!inScrollBox(element)
					);
				})
				.map((element) => element.outerHTML.slice(0, 80)),
		};
	});
}

/** Every kind of page the site has, with a representative path. */
export const PAGE_TYPES = [
	{ name: 'home', path: '/', heading: /How governments used the Migration Governance Indicators/ },
	{ name: 'stories', path: '/stories/', heading: /Success stories/ },
	{ name: 'stories filtered', path: '/stories/topic/health/', heading: /Stories: Health/ },
	{ name: 'story', path: '/stories/cambodia/', heading: /^Cambodia$/ },
	{ name: 'local story', path: '/stories/brazil/', heading: /São Paulo \(Brazil\)/ },
	{ name: 'governments', path: '/governments/', heading: /Participating governments/ },
	{ name: 'governments filtered', path: '/governments/region/oceania/', heading: /Oceania/ },
	{ name: 'country', path: '/governments/mus/', heading: /^Mauritius$/ },
	{ name: 'local authority', path: '/governments/br-sao-paulo/', heading: /^São Paulo$/ },
	{ name: 'regions', path: '/regions/', heading: /Who took part, region by region/ },
	{ name: 'region', path: '/regions/africa/', heading: /Africa: who took part in the MGI/ },
	{ name: 'region without stories', path: '/regions/oceania/', heading: /Oceania: who took part/ },
	{ name: 'search', path: '/search/?q=health', heading: /Search stories and governments/ },
	{
		name: 'classification grid',
		path: '/classification/',
		heading: /Every story against our classification/,
	},
	{ name: 'about', path: '/about/', heading: /About the MGI/ },
	{ name: 'claims', path: '/claims/', heading: /The booklet’s numbers, checked/ },
	{ name: 'data', path: '/data/', heading: /Downloads, API and package/ },
	{ name: '404', path: '/no/such/page/', heading: /Page not found/ },
] as const;
