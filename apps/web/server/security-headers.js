/** @module the security and caching headers shared by the site's server (index.js) and the _headers file for static hosts (build-steps/static-host.js) */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Directives a <meta> CSP cannot carry, sent as a header next to the page's own policy. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";

/** The header directive of the embeddable story cards (/embed/…): any site may frame them. */
export const EMBED_CSP = 'frame-ancestors *';

/**
 * Whether a path (relative to the site, e.g. `fr/embed/stories/albania/index.html`) is an
 * embeddable card: the only pages another site may frame.
 * @param {string} path
 */
export const isEmbedPath = (path) => /^(?:[a-z]{2}\/)?embed\//.test(path.replace(/^\/+/, ''));

/**
 * Whether a path is an oEmbed response file (`oembed/stories/albania.json`, `fr/oembed/…`).
 * @param {string} path
 */
export const isOembedPath = (path) => /^(?:[a-z]{2}\/)?oembed\//.test(path.replace(/^\/+/, ''));

/** The policy of non-HTML files (JSON, CSV, XML…): nothing runs, nothing embeds them. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Headers every response gets. */
export const BASE_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// browsers ignore HSTS on plain-http localhost; it matters once a static host serves https
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
});

/** CSV downloads, standard and Excel variants alike, are UTF-8 and say so. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Open data: anyone may fetch the downloads from another origin. */
export const DATA_HEADERS = Object.freeze({
	'Access-Control-Allow-Origin': '*',
	'Cross-Origin-Resource-Policy': 'cross-origin',
});

/** The downloads under /data/ (JSON Schemas under /data/schema/). */
export const DATA_FILES = Object.freeze([
	'/data/dataset.json',
	'/data/stories.csv',
	'/data/governments.csv',
	'/data/tags.csv',
	'/data/claims.csv',
	'/data/excel/*',
	'/data/dataset.zip',
	'/citations/*',
	'/data/datapackage.json',
	'/data/schema/*',
]);

/** Media types sirv does not know (or gets without a charset), by file extension. */
export const DOWNLOAD_TYPES = Object.freeze({
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
});

/**
 * The headers of a download under /citations/: its media type and its file name.
 * @param {string} path e.g. `citations/iom2021-kazakhstan.bib`
 * @returns {Record<string, string>}
 */
export function downloadHeaders(path) {
	const extension = /** @type {keyof typeof DOWNLOAD_TYPES} */ (path.slice(path.lastIndexOf('.')));
	const type = DOWNLOAD_TYPES[extension];
	if (!type) return {};
	const name = path.slice(path.lastIndexOf('/') + 1);
	return path.startsWith('citations/')
		? { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` }
		: { 'Content-Type': type };
}

export const CACHE = Object.freeze({
	immutable: 'public, max-age=31536000, immutable',
	page: 'public, max-age=0, must-revalidate',
	data: 'public, max-age=3600',
});

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** @param {string} value */
const unescapeAttribute = (value) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');

/**
 * The CSP SvelteKit wrote into a prerendered page's <meta> tag, or undefined.
 * @param {string} html
 */
export function metaPolicy(html) {
	const match = META_CSP.exec(html);
	return match?.[1] ? unescapeAttribute(match[1]) : undefined;
}

/**
 * The full header policy of a page: SvelteKit's hashes plus the header-only directives.
 * @param {string} html
 * @param {string} [headerOnly] the directives a <meta> cannot carry: no framing, except for the cards
 */
export function pagePolicy(html, headerOnly = HEADER_ONLY_CSP) {
	const policy = metaPolicy(html);
	return policy ? `${policy.replace(/;\s*$/, '')}; ${headerOnly}` : headerOnly;
}

/**
 * Every .html file under `dir`, as URL paths relative to it (e.g. `stories/albania/index.html`).
 * @param {string} dir
 */
export function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Reads every page's policy once: URL path of the file → policy.
 * @param {string} dir
 */
export function pagePolicies(dir) {
	return new Map(
		htmlFiles(dir).map((file) => [
			file,
			pagePolicy(
				readFileSync(join(dir, file), 'utf8'),
				isEmbedPath(file) ? EMBED_CSP : HEADER_ONLY_CSP,
			),
		]),
	);
}

/** @param {Record<string, string>} headers */
const format = (headers) =>
	Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n');

/**
 * A `_headers` file (Netlify and Cloudflare Pages format), with a rule per download whose media type
 * a static host may not know (`downloads`: URL paths such as `/citations/iom2021-kazakhstan.bib`). A static host cannot vary the CSP header
 * per page, so the header carries the directives a <meta> tag cannot; each page's <meta> policy,
 * with its script hashes, still applies (browsers enforce both). The embeddable cards (/embed/…)
 * detach the no-framing headers of `/*` (`! Name`, Cloudflare Pages' syntax) and allow any frame.
 */
/** @param {readonly string[]} [downloads] @param {readonly string[]} [localeFolders] e.g. `fr`, `es` */
export function headersFile(downloads = [], localeFolders = []) {
	const inEveryLocale = (/** @type {string} */ path) => [
		path,
		...localeFolders.map((folder) => `/${folder}${path}`),
	];
	return [
		'/*',
		format({ ...BASE_HEADERS, 'Content-Security-Policy': HEADER_ONLY_CSP }),
		'/_app/immutable/*',
		format({ 'Cache-Control': CACHE.immutable }),
		// the downloads one by one: a `/data/*` rule would also match the /data/ page itself
		...DATA_FILES.flatMap((path) => [
			path,
			format({
				...DATA_HEADERS,
				...downloadHeaders(path.slice(1)),
				'Cache-Control': CACHE.data,
				'Content-Security-Policy': RESOURCE_CSP,
				...(path.endsWith('.csv') || path === '/data/excel/*'
					? { 'Content-Type': CSV_CONTENT_TYPE }
					: {}),
			}),
		]),
		...downloads.flatMap((path) => [
			path,
			format({ ...downloadHeaders(path.slice(1)), 'Content-Security-Policy': RESOURCE_CSP }),
		]),
		...inEveryLocale('/embed/*').flatMap((path) => [
			path,
			'  ! X-Frame-Options',
			'  ! Content-Security-Policy',
			format({ 'Content-Security-Policy': EMBED_CSP }),
		]),
		...inEveryLocale('/oembed/*').flatMap((path) => [
			path,
			format({
				...DATA_HEADERS,
				'Cache-Control': CACHE.data,
				'Content-Security-Policy': RESOURCE_CSP,
			}),
		]),
		'',
	].join('\n');
}
