/** @module the indexable pages of the site, for sitemap.xml */
import { governments, regionStats, stories } from '@mgi-stories/core';
import { filterPath } from '$lib/filters';
import { routePath } from '$lib/i18n';
import { governmentPath, regionPath, regionSlug, storyPath } from './paths';
import { filterGroups } from './stories';

/** The route of every indexable page (English paths: each locale has the same pages under its prefix). */
export function sitePaths(): string[] {
	return [
		'/',
		'/stories/',
		...filterGroups().flatMap((group) =>
			group.options
				.filter((option) => option.total > 0)
				.map((option) => filterPath(group.key, option.value)),
		),
		...stories.map((story) => storyPath(story.slug)),
		'/governments/',
		...regionStats().map((region) => `/governments/region/${regionSlug(region.region)}/`),
		'/governments/kind/country/',
		'/governments/kind/local/',
		...governments.map(governmentPath),
		'/regions/',
		...regionStats().map((region) => regionPath(region.region)),
		'/search/',
		'/classification/',
		'/about/',
		'/claims/',
		'/data/',
	].map(routePath);
}
