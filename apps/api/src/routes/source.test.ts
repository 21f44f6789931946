import { datasetVersion, publication, publications } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/support/app.js';

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
