/** @module the site's URL scheme for records, in one place */
import { type Government, governmentId, slugify } from '@mgi-stories/core';

export const storyPath = (slug: string) => `/stories/${slug}/`;

export const governmentPath = (government: Government) =>
	`/governments/${governmentId(government).toLowerCase()}/`;

export const regionSlug = (region: string) => slugify(region);

/** A region's page: who took part there, its stories and its map. */
export const regionPath = (region: string) => `/regions/${regionSlug(region)}/`;
