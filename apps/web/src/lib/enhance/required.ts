/** The element matching a selector, or an error naming it: the markup and its script go together. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`no element matches ${selector}`);
	return element;
}
