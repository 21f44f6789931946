/** @module the site's URL scheme for records, in one place: paths in the locale being rendered */
import { type Government, governmentId, slugify } from '@mgi-stories/core';
import { localHref } from '$lib/i18n';

export const storyPath = (slug: string) => localHref(`/stories/${slug}/`);

export const governmentPath = (government: Government) =>
	localHref(`/governments/${governmentId(government).toLowerCase()}/`);

export const regionSlug = (region: string) => slugify(region);

/** A region's page: who took part there, its stories and its map. */
export const regionPath = (region: string) => localHref(`/regions/${regionSlug(region)}/`);
