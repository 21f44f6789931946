/**
 * @module the language switcher keeps what the page holds in its query string and hash (filters,
 * a search): they exist only in the browser, so they are added when a language link is followed
 */

/** Points a language link at its page with the current query and hash; the browser then follows it. */
export function carryQuery(link: HTMLAnchorElement): void {
	link.href = `${new URL(link.href).pathname}${location.search}${location.hash}`;
}

/** The same for pages without framework code (the Svelte switcher calls `carryQuery` itself). */
export function keepQueryOnLanguageLinks(root: ParentNode = document): void {
	for (const link of root.querySelectorAll<HTMLAnchorElement>('nav.languages a[hreflang]')) {
		link.addEventListener('click', () => carryQuery(link));
	}
}
