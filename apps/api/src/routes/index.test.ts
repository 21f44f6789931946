import { datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const get = (path: string) => app.request(path);
const json = async <T>(path: string) => {
	const response = await get(path);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/json');
	return (await response.json()) as T;
};

describe('GET /v1 and /', () => {
	it('links to every resource', async () => {
		const { data } = await json<{ data: { version: string; links: Record<string, string> } }>(
			'/v1',
		);
		expect(data.version).toBe(datasetVersion);
		for (const path of [
			'/v1/stories',
			'/v1/governments',
			'/v1/facets',
			'/v1/stats',
			'/v1/source',
			'/openapi.json',
			'/docs',
		]) {
			expect(Object.values(data.links)).toContain(path);
		}
		expect(await json('/')).toEqual(await json('/v1'));
	});
});
