/**
 * @module Visible words of the enhancements come from the page's markup (data-* attributes and
 * <template> elements), where they are translated with the rest of the page: the scripts only fill
 * in `{name}` placeholders.
 */

/** Fills the `{name}` placeholders of a template; unknown names stay as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

/** The template in an element's `data-<key>` attribute, filled ('' when the attribute is missing). */
export function fillData(
	element: HTMLElement,
	key: string,
	values: Readonly<Record<string, string | number>> = {},
): string {
	return fill(element.dataset[key] ?? '', values);
}

/**
 * Replaces a live region's text so that screen readers announce it even when it repeats: the region
 * is emptied first and filled on the next frame.
 */
export function announce(region: HTMLElement | null, message: string): void {
	if (!region) return;
	region.textContent = '';
	requestAnimationFrame(() => {
		region.textContent = message;
	});
}
