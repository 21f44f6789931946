/**
 * @module /oembed?url=…: the oEmbed 1.0 endpoint of the site's own server. It answers from the JSON
 * file the build writes beside each story and government page (build/oembed/…, build/fr/oembed/…),
 * so static hosts, which link those files from the pages, give the same answers.
 * @see https://oembed.com/#section2
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_FOLDERS } from '../build-steps/site-build.js';
import { resizeIframe } from './embed-code.js';

export const OEMBED_PATH = '/oembed';

/** a page that has an oEmbed response: `/stories/cambodia/`, `/fr/governments/kaz/` */
const PAGE = new RegExp(
	`^/(?:(${LOCALE_FOLDERS.join('|')})/)?(stories|governments)/([a-z0-9-]+)/?$`,
);

/**
 * Where the build wrote a page's oEmbed response, relative to build/, or undefined for any other URL.
 * @param {string} pageUrl
 */
export function oembedFile(pageUrl) {
	let pathname;
	try {
		pathname = new URL(pageUrl).pathname.toLowerCase();
	} catch {
		return undefined;
	}
	const match = PAGE.exec(pathname);
	if (!match) return undefined;
	const [, locale, section, id] = match;
	return `${locale ? `${locale}/` : ''}oembed/${section}/${id}.json`;
}

/** @param {string | null} value */
const dimension = (value) =>
	value === null ? undefined : /^[1-9]\d{0,4}$/.test(value) ? Number(value) : NaN;

/**
 * @typedef {{ status: number, body: string, type: string }} Answer
 * @param {number} status @param {string} message @returns {Answer}
 */
const problem = (status, message) => ({ status, body: message, type: 'text/plain; charset=utf-8' });

/**
 * The endpoint's answer to its query string: the page's response, fitted to `maxwidth` and
 * `maxheight`; 404 for a URL with no response, 501 for a format other than JSON, 400 for bad input.
 * @param {URLSearchParams} query
 * @param {string} root the built site
 * @returns {Answer}
 */
export function oembedAnswer(query, root) {
	const url = query.get('url');
	if (!url)
		return problem(400, 'The url parameter is required: /oembed?url=<a story or government page>');
	const format = query.get('format') ?? 'json';
	if (format !== 'json') return problem(501, 'Only the json format is served.');
	const maxwidth = dimension(query.get('maxwidth'));
	const maxheight = dimension(query.get('maxheight'));
	if (Number.isNaN(maxwidth) || Number.isNaN(maxheight))
		return problem(400, 'maxwidth and maxheight are whole numbers of pixels from 1 to 99999.');
	const file = oembedFile(url);
	let response;
	try {
		response = file ? JSON.parse(readFileSync(join(root, file), 'utf8')) : undefined;
	} catch {
		response = undefined;
	}
	if (!response)
		return problem(
			404,
			'No oEmbed response for this URL: give a story or government page of this site.',
		);
	if (response.type === 'rich') {
		const width = Math.min(response.width, maxwidth ?? Infinity);
		const height = Math.min(response.height, maxheight ?? Infinity);
		response = { ...response, width, height, html: resizeIframe(response.html, width, height) };
	}
	// a thumbnail larger than the consumer allows is left out: it is optional, its size is not
	if (
		response.thumbnail_width > (maxwidth ?? Infinity) ||
		response.thumbnail_height > (maxheight ?? Infinity)
	) {
		const { thumbnail_url, thumbnail_width, thumbnail_height, ...rest } = response;
		response = rest;
	}
	return { status: 200, body: JSON.stringify(response), type: 'application/json; charset=utf-8' };
}
