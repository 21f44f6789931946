import { DATASET_ZIP_MEDIA_TYPE, datasetZip } from '@mgi-stories/core';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(datasetZip() as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': DATASET_ZIP_MEDIA_TYPE },
	});
