/** @module the request target (path and query) as the client sent it, checked and normalized */

/** Longest request target (path and query, in bytes of the URL) the API accepts. */
export const MAX_TARGET_LENGTH = 2048;

/** Start of the path in an absolute URL: the first `/` after `scheme://authority`. */
function pathStart(url: string): number {
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

/**
 * The query string decoded and sorted by parameter name (values keep their order), so equivalent
 * URLs share one representation key. Undefined when it does not decode.
 */
export function canonicalQuery(url: string): string | undefined {
	const at = url.indexOf('?');
	if (at === -1) return '';
	const hash = url.indexOf('#', at);
	const query = url.slice(at + 1, hash === -1 ? undefined : hash);
	if (query === '') return '';
	const pairs: [string, string][] = [];
	try {
		for (const part of query.split('&')) {
			if (part === '') continue;
			const eq = part.indexOf('=');
			const name = decode(eq === -1 ? part : part.slice(0, eq));
			const value = eq === -1 ? '' : decode(part.slice(eq + 1));
			pairs.push([name, value]);
		}
	} catch {
		return undefined;
	}
	pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return pairs
		.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
		.join('&');
}
