/** @module build-time settings, read from the environment once during prerendering */

const origin = (value: string | undefined, fallback: string) =>
	(value?.trim() || fallback).replace(/\/+$/, '');

/** Public origin of the site, for canonical URLs, Open Graph and the sitemap. */
export const SITE_URL = origin(process.env.PUBLIC_SITE_URL, 'http://localhost:4173');

/** Base URL of the MGI stories API (apps/api). */
export const API_URL = origin(process.env.PUBLIC_API_URL, 'http://localhost:8787');

export const SITE_NAME = 'MGI Success Stories';

/** Absolute URL of a site path. */
export const absoluteUrl = (path: string) => new URL(path, `${SITE_URL}/`).href;
