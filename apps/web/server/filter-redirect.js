/**
 * @module the site's own server's answer to a filter given in the query (`/governments/?region=africa`,
 * `/fr/stories/?region=africa&topic=health`): a redirect to the prerendered page of one filter it
 * names, so an address the page's script wrote, or a form sent without JavaScript, shows what it
 * asks for; the other parameters stay in the query, for the page's script to apply
 */

/** the pages whose filters have a prerendered page per value, in every language folder */
const FILTERABLE = /^(\/(?:[^/]+\/)?)(governments|stories)\/$/;

/**
 * Where to send a filtered address: the page of the first filter in the query that has one value and
 * a prerendered page (`/governments/region/africa/`), with the rest of the query; undefined when none
 * has (the page is served as it is).
 * @param {URL} url the address asked for
 * @param {(pathname: string) => boolean} pageExists whether the built site has a page at a path
 * @returns {string | undefined}
 */
export function filterRedirect(url, pageExists) {
	const match = FILTERABLE.exec(url.pathname);
	if (!match) return undefined;
	const [, folder, section] = match;
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams
			.getAll(key)
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.filter(Boolean);
		if (values.length !== 1 || !/^[a-z][a-z-]*$/.test(key)) continue;
		const path = `${folder}${section}/${key}/${encodeURIComponent(values[0] ?? '')}/`;
		if (!pageExists(path)) continue;
		const rest = new URLSearchParams(url.searchParams);
		rest.delete(key);
		const query = rest.toString();
		return query ? `${path}?${query}` : path;
	}
	return undefined;
}
