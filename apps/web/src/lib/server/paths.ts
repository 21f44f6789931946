/** @module the site's URL scheme for records, in one place: paths in the locale being rendered */
import { type Government, governmentId, slugify } from '@mgi-stories/core';
import { localHref, routePath } from '$lib/i18n';
import { absoluteUrl } from './config';

export const storyPath = (slug: string) => localHref(`/stories/${slug}/`);

export const governmentPath = (government: Government) =>
	localHref(`/governments/${governmentId(government).toLowerCase()}/`);

export const regionSlug = (region: string) => slugify(region);

/** A region's page: who took part there, its stories and its map. */
export const regionPath = (region: string) => localHref(`/regions/${regionSlug(region)}/`);

/** A story's embeddable card, framed by other sites. */
export const embedPath = (slug: string) => localHref(`/embed/stories/${slug}/`);

/** The oEmbed response of a story or government page, a JSON file beside it for static hosts. */
export const oembedPath = (section: 'stories' | 'governments', id: string) =>
	localHref(`/oembed/${section}/${id}.json`);

/** The absolute URL of a page in the locale being rendered, given its route or its localized path. */
export const localUrl = (path: string) => absoluteUrl(localHref(routePath(path)));
