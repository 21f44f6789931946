import { describe, expect, it } from 'vitest';
import { filterRedirect } from './filter-redirect.js';

/** the prerendered filter pages of a small built site */
const PAGES = new Set([
	'/governments/region/africa/',
	'/governments/kind/local/',
	'/fr/governments/region/africa/',
	'/stories/region/africa/',
	'/stories/topic/health/',
]);
const redirect = (address: string) =>
	filterRedirect(new URL(address, 'http://localhost'), (path) => PAGES.has(path));

describe('filterRedirect', () => {
	it('sends a region in the query to its prerendered page, so it works without JavaScript (round 5)', () => {
		expect(redirect('/governments/?region=africa')).toBe('/governments/region/africa/');
		expect(redirect('/fr/governments/?region=africa')).toBe('/fr/governments/region/africa/');
		expect(redirect('/stories/?region=africa')).toBe('/stories/region/africa/');
	});

	it('keeps the other parameters for the page’s script', () => {
		expect(redirect('/governments/?q=kaz&region=africa&sort=-name')).toBe(
			'/governments/region/africa/?q=kaz&sort=-name',
		);
		expect(redirect('/stories/?region=africa&topic=health')).toBe(
			'/stories/region/africa/?topic=health',
		);
	});

	it('serves the page as it is where no filter has a page of its own', () => {
		expect(redirect('/governments/')).toBeUndefined();
		expect(redirect('/governments/?q=kaz')).toBeUndefined();
		expect(redirect('/governments/?region=atlantis')).toBeUndefined();
		expect(redirect('/stories/?topic=health,data')).toBeUndefined();
		expect(redirect('/governments/region/africa/?kind=local')).toBeUndefined();
		expect(redirect('/search/?region=africa')).toBeUndefined();
	});
});
