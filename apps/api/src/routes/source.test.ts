import { datasetVersion, publication, publications } from '@mgi-stories/core';
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

describe('GET /v1/source', () => {
	it('returns the publication unchanged, its citation and licence', async () => {
		const { data } = await json<{
			data: {
				publication: unknown;
				publications: unknown;
				citation: string;
				licence: unknown;
				version: string;
			};
		}>('/v1/source');
		expect(data.publication).toEqual(publication);
		expect(data.publications).toEqual(publications);
		expect(data.citation).toBe(publication.requiredCitation);
		expect(data.licence).toEqual(publication.licence);
		expect(data.version).toBe(datasetVersion);
	});
});
