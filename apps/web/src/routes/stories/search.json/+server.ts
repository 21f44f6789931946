import { datasetVersion } from '@mgi-stories/core';
import { json } from '@sveltejs/kit';
import type { SearchIndexFile } from '$lib/search/documents';
import { clientSearchDocuments } from '$lib/server/search-index';
import type { RequestHandler } from './$types';

export const prerender = true;

/** the documents the stories page indexes in the browser on first search */
export const GET: RequestHandler = () =>
	json({ version: datasetVersion, documents: clientSearchDocuments() } satisfies SearchIndexFile);
