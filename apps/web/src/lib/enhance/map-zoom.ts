/**
 * @module zoom in place on the world map: a region's link (a cluster marker or the region list)
 * swaps in the map of its prerendered region view, with a button back to the world. Without
 * JavaScript the same links open the region views.
 */
import { announce, fillData } from './template';

/** The map of a region view, fetched once. */
const regionMaps = new Map<string, Promise<SVGSVGElement>>();
function regionMap(href: string): Promise<SVGSVGElement> {
	let map = regionMaps.get(href);
	if (!map) {
		map = fetch(href)
			.then((response) => {
				if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
				return response.text();
			})
			.then((html) => {
				// only the map's markup is parsed: parsing the whole page would apply its inline styles,
				// which the CSP (rightly) refuses outside the page they are hashed for
				const figure = html.indexOf('class="world-map');
				const start = html.indexOf('<svg', figure);
				const end = html.indexOf('</svg>', start);
				const template = document.createElement('template');
				if (figure >= 0 && start >= 0 && end >= 0) template.innerHTML = html.slice(start, end + 6);
				const svg = template.content.firstElementChild;
				if (!(svg instanceof SVGSVGElement)) throw new Error(`${href}: no map`);
				return svg;
			});
		map.catch(() => regionMaps.delete(href));
		regionMaps.set(href, map);
	}
	return map.then((svg) => document.importNode(svg, true));
}

export function enhanceMapZoom(root: ParentNode = document): void {
	for (const figure of root.querySelectorAll<HTMLElement>('figure[data-zoomable]')) {
		const world = figure.querySelector<SVGSVGElement>(':scope > .map-scroll > svg');
		const bar = figure.querySelector<HTMLElement>('[data-zoom-bar]');
		const back = figure.querySelector<HTMLButtonElement>('[data-zoom-out]');
		const status = figure.querySelector<HTMLElement>('[data-zoom-status]');
		if (!world || !bar || !back) continue;
		// a phone's map scrolls sideways: open it on Africa and Europe, between the Americas and Asia
		const scroller = figure.querySelector<HTMLElement>(':scope > .map-scroll');
		if (scroller && scroller.scrollWidth > scroller.clientWidth) {
			scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
		}
		let shown: SVGSVGElement = world;
		let opener: Element | null = null;

		figure.addEventListener('click', async (event) => {
			const link = (event.target as Element | null)?.closest<Element>('a[data-zoom]');
			const href = link?.getAttribute('href');
			if (!link || !href) return;
			// a new tab or window opens the region view itself
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
				return;
			event.preventDefault();
			try {
				const region = await regionMap(href);
				if (shown === world) opener = link;
				shown.replaceWith(region);
				shown = region;
				bar.hidden = false;
				back.focus();
				// the sentence is the page's, made with the region's article ("sur l’Afrique")
				announce(status, link.getAttribute('data-zoomed-in') ?? '');
			} catch {
				location.assign(href);
			}
		});

		back.addEventListener('click', () => {
			shown.replaceWith(world);
			shown = world;
			bar.hidden = true;
			announce(status, fillData(figure, 'zoomedOut'));
			if (opener instanceof HTMLElement || opener instanceof SVGElement) opener.focus();
		});
	}
}
