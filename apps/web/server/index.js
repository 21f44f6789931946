/** @module serves the prerendered site in build/ with security headers and real 404s */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { BUILD_DIR, LOCALE_FOLDERS, PSEUDO_BUILD } from '../build-steps/site-build.js';
import { filterRedirect } from './filter-redirect.js';
import { OEMBED_PATH, oembedAnswer } from './oembed-endpoint.js';
import { createSearchPages, MAX_QUERY_LENGTH } from './search-results.js';
import {
	BASE_HEADERS,
	CACHE,
	CSV_CONTENT_TYPE,
	DATA_HEADERS,
	downloadHeaders,
	isEmbedPath,
	isOembedPath,
	pagePolicies,
	pagePolicy,
	RESOURCE_CSP,
} from './security-headers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', BUILD_DIR);
if (!existsSync(join(root, 'index.html'))) {
	const build = PSEUDO_BUILD ? 'build:pseudo' : 'build';
	console.error(`No built site in ${root}: run \`pnpm --filter @mgi-stories/web ${build}\` first.`);
	process.exit(1);
}

const policies = pagePolicies(root);
/** the 404 page of each locale folder ('' is English, at the root) */
const notFoundPages = new Map(
	['', ...LOCALE_FOLDERS].map((folder) => [folder, readFileSync(join(root, folder, '404.html'))]),
);
const searchPages = createSearchPages(root, LOCALE_FOLDERS);

/**
 * The file sirv serves for a request path: `/about/` is `about/index.html`.
 * @param {string} pathname
 */
function fileOf(pathname) {
	const path = pathname.replace(/^\/+/, '');
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return policies.has(`${path}.html`) ? `${path}.html` : path;
}

/** @param {import('node:http').ServerResponse} res @param {string} pathname */
function setHeaders(res, pathname) {
	const path = fileOf(pathname);
	for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
	if (path.endsWith('.html')) {
		// the story cards may be framed by any site (their policy says frame-ancestors *)
		if (isEmbedPath(path)) res.removeHeader('X-Frame-Options');
		res.setHeader('Content-Security-Policy', policies.get(path) ?? pagePolicy(''));
		res.setHeader('Cache-Control', CACHE.page);
		return;
	}
	res.setHeader('Content-Security-Policy', RESOURCE_CSP);
	for (const [name, value] of Object.entries(downloadHeaders(path))) res.setHeader(name, value);
	if (path.startsWith('_app/immutable/')) res.setHeader('Cache-Control', CACHE.immutable);
	else if (path.startsWith('data/') || path.startsWith('citations/') || isOembedPath(path)) {
		for (const [name, value] of Object.entries(DATA_HEADERS)) res.setHeader(name, value);
		res.setHeader('Cache-Control', CACHE.data);
		// say the charset: without it Excel and some browsers guess a legacy code page
		if (path.endsWith('.csv')) res.setHeader('Content-Type', CSV_CONTENT_TYPE);
	} else res.setHeader('Cache-Control', CACHE.page);
}

const assets = sirv(root, {
	dev: false,
	etag: true,
	gzip: true,
	brotli: true,
	extensions: ['html'],
	setHeaders,
});

/** @type {import('node:http').RequestListener} */
function notFound(req, res) {
	// in the language of the address: /fr/… gets the French page
	const folder = LOCALE_FOLDERS.find((locale) => req.url?.startsWith(`/${locale}/`)) ?? '';
	const page = folder ? `${folder}/404.html` : '404.html';
	setHeaders(res, page);
	res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
	res.end(req.method === 'HEAD' ? undefined : notFoundPages.get(folder));
}

/**
 * Paths without a trailing slash whose page exists get one (the site's canonical form).
 * @param {string} pathname
 */
function redirectToSlash(pathname) {
	if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return undefined;
	return pageExists(`${pathname}/`) ? `${pathname}/` : undefined;
}

/**
 * Whether the built site has a page at a path ending in a slash (`/governments/region/africa/`).
 * @param {string} pathname
 */
function pageExists(pathname) {
	try {
		const file = join(root, decodeURIComponent(pathname), 'index.html');
		return file.startsWith(root) && statSync(file).isFile();
	} catch {
		return false;
	}
}

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
		res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Method Not Allowed');
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (/^\/404(\.html)?$/.test(url.pathname)) return notFound(req, res);
	if (url.pathname === OEMBED_PATH) {
		const answer = oembedAnswer(url.searchParams, root);
		setHeaders(res, 'oembed/answer.json');
		res.writeHead(answer.status, { 'Content-Type': answer.type });
		res.end(req.method === 'HEAD' ? undefined : answer.body);
		return;
	}
	const query = url.searchParams.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
	const searched = query ? searchPages.answer(url.pathname, query) : undefined;
	if (searched !== undefined) {
		setHeaders(res, url.pathname);
		res.setHeader('Cache-Control', 'no-store');
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(req.method === 'HEAD' ? undefined : searched);
		return;
	}
	// /governments/?region=africa → /governments/region/africa/: the filter works without JavaScript
	const filtered = filterRedirect(url, pageExists);
	if (filtered) {
		for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
		res.writeHead(302, { Location: filtered });
		res.end();
		return;
	}
	const lower = url.pathname.toLowerCase();
	if (
		lower !== url.pathname &&
		lower.startsWith('/governments/') &&
		redirectToSlash(lower.replace(/\/$/, ''))
	) {
		// /governments/KAZ/ → /governments/kaz/: codes are written in capitals elsewhere
		for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
		res.writeHead(308, { Location: lower + url.search });
		res.end();
		return;
	}
	const slashed = redirectToSlash(url.pathname);
	if (slashed) {
		for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
		res.writeHead(308, { Location: slashed + url.search });
		res.end();
		return;
	}
	assets(req, res, () => notFound(req, res));
});

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
server.listen(port, host, () => {
	const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
	console.log(`Site listening on http://${shown}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
