/** @module the conformance adapter: reads the dataset back through the API's HTTP surface */
import type { SurfaceDataset } from '@mgi-stories/conformance';
import type { Runtime } from './runtimes.js';

async function data<T>(runtime: Runtime, target: string): Promise<T> {
	const response = await runtime.fetch(target);
	if (response.status !== 200)
		throw new Error(`${runtime.name} answered ${target} with ${response.status}`);
	return ((await response.json()) as { data: T }).data;
}

export async function loadDataset(runtime: Runtime): Promise<SurfaceDataset> {
	const [stories, countries, stats, source] = await Promise.all([
		data<SurfaceDataset['stories']>(runtime, '/v1/stories?limit=100'),
		data<SurfaceDataset['countries']>(runtime, '/v1/governments?kind=country&limit=100'),
		data<{ claims: SurfaceDataset['claims'] }>(runtime, '/v1/stats'),
		data<{ publication: SurfaceDataset['publication']; sources: SurfaceDataset['sources'] }>(
			runtime,
			'/v1/source',
		),
	]);
	return {
		stories,
		countries,
		claims: stats.claims,
		publication: source.publication,
		sources: source.sources,
	};
}
