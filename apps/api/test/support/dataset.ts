/** @module the conformance adapter: reads the dataset back through the API's HTTP surface, in one language */
import type { SurfaceDataset } from '@mgi-stories/conformance';
import type { Locale } from '@mgi-stories/core';
import type { Runtime } from './runtimes.js';

async function data<T>(runtime: Runtime, target: string): Promise<T> {
	const response = await runtime.fetch(target);
	if (response.status !== 200)
		throw new Error(`${runtime.name} answered ${target} with ${response.status}`);
	return ((await response.json()) as { data: T }).data;
}

interface Localized {
	localized: { name: string };
}
interface Area {
	label: string;
	regionCode?: string;
	subregionCode?: string;
	intermediateRegionCode?: string;
	subregions?: Area[];
	intermediateRegions?: Area[];
}

/** every area of the region statistics, with its code and its name in the response's language */
const areasOf = (areas: readonly Area[]): { code: string; name: string }[] =>
	areas.flatMap((area) => [
		{
			code: area.regionCode ?? area.subregionCode ?? area.intermediateRegionCode ?? '',
			name: area.label,
		},
		...areasOf([...(area.subregions ?? []), ...(area.intermediateRegions ?? [])]),
	]);

export async function loadDataset(runtime: Runtime, locale: Locale): Promise<SurfaceDataset> {
	const lang = `lang=${locale}`;
	const [slugs, countries, locals, stats, facets, source] = await Promise.all([
		data<{ slug: string }[]>(runtime, '/v1/stories?limit=100&fields=slug'),
		data<(SurfaceDataset['countries'][number] & Localized)[]>(
			runtime,
			`/v1/governments?kind=country&limit=100&${lang}`,
		),
		data<{ id: string; localized: { name: string } }[]>(
			runtime,
			`/v1/governments?kind=local&limit=100&fields=id,localized&${lang}`,
		),
		data<{ claims: SurfaceDataset['claims']; regions: Area[] }>(runtime, `/v1/stats?${lang}`),
		data<{ facet: string; values: { id: string; label: string }[] }[]>(
			runtime,
			`/v1/facets?${lang}`,
		),
		data<{ publication: SurfaceDataset['publication']; sources: SurfaceDataset['sources'] }>(
			runtime,
			'/v1/source',
		),
	]);
	// each story as its own page serves it in the language: the booklet's words must not change
	const stories = await Promise.all(
		slugs.map(({ slug }) =>
			data<SurfaceDataset['stories'][number]>(runtime, `/v1/stories/${slug}?${lang}`),
		),
	);
	return {
		stories,
		countries,
		claims: stats.claims,
		publication: source.publication,
		sources: source.sources,
		names: {
			governments: [
				...countries.map((country) => ({ id: country.alpha3, name: country.localized.name })),
				...locals.map((local) => ({ id: local.id, name: local.localized.name })),
			],
			regions: areasOf(stats.regions),
			facetValues: facets.flatMap(({ facet, values }) =>
				values.map((value) => ({ facet, value: value.id, label: value.label })),
			),
		},
	};
}
