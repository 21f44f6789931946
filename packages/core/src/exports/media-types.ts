/**
 * @module the media types the exports are served as, apart from the code that writes them, so a
 * server can name them without bundling the writers
 */

/** The media type CSV is served as, in either variant: always with its charset. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/**
 * The media type `datasetZip()` is served as.
 */
export const DATASET_ZIP_MEDIA_TYPE = 'application/zip';
