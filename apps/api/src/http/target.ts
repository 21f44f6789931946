/** @module the request target (path and query) as the client sent it, checked and normalized */

/** Longest request target (path and query, in bytes of the URL) the API accepts. */
export const MAX_TARGET_LENGTH = 2048;

/** Start of the path in an absolute URL: the first `/` after `scheme://authority`. */
export function pathStart(url: string): number {
	const start = url.indexOf('/', url.indexOf('//') + 2);
	return start === -1 ? url.length : start;
}

export function targetLength(url: string): number {
	return url.length - pathStart(url);
}

const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));

/** False when percent-encoding in the path or query does not decode to UTF-8 text. */
export function isDecodable(url: string): boolean {
	if (!url.includes('%')) return true;
	try {
		decode(url.slice(pathStart(url)));
		return true;
	} catch {
		return false;
	}
}

/** The query's name/value pairs, decoded, in order (repeats kept); throws when they do not decode. */
export function queryPairs(url: string): [name: string, value: string][] {
	const at = url.indexOf('?');
	if (at === -1) return [];
	const hash = url.indexOf('#', at);
	const pairs: [string, string][] = [];
	for (const part of url.slice(at + 1, hash === -1 ? undefined : hash).split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		pairs.push([
			decode(eq === -1 ? part : part.slice(0, eq)),
			eq === -1 ? '' : decode(part.slice(eq + 1)),
		]);
	}
	return pairs;
}

/** The decoded names of the query parameters, in order, repeats included (the target must decode). */
export const parameterNames = (url: string) => queryPairs(url).map(([name]) => name);

/**
 * The query string decoded and sorted by parameter name (values keep their order), so equivalent
 * URLs share one representation key. Undefined when it does not decode.
 */
export function canonicalQuery(url: string): string | undefined {
	let pairs: [string, string][];
	try {
		pairs = queryPairs(url);
	} catch {
		return undefined;
	}
	pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return pairs
		.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
		.join('&');
}
