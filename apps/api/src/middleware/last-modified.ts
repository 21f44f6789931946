/** @module `Last-Modified` of what is made from the dataset: the day its release was dated (core's data/releases.json) */
import { datasetRelease } from '@mgi-stories/core';
import type { MiddlewareHandler } from 'hono';
import { httpDate } from '../http/last-modified.js';

/** The dataset's release date as an IMF-fixdate. */
export const DATASET_LAST_MODIFIED = httpDate(datasetRelease.date);

/** The paths whose representations are made from the dataset: everything under /v1. */
export const DATASET_PATHS = '/v1/*';

/** Whether a path (or an OpenAPI path template) is one of `DATASET_PATHS`. */
export const isDatasetPath = (path: string) => path === '/v1' || path.startsWith('/v1/');

/** Dates every 200 of a dataset path; the memo then answers `If-Modified-Since` with 304. */
export const lastModified = (): MiddlewareHandler => async (c, next) => {
	await next();
	if (c.res.status === 200) c.header('Last-Modified', DATASET_LAST_MODIFIED);
};
