import { datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { get, json } from '../../test/support/app.js';
import { expectProblem } from '../../test/support/problem.js';

describe('GET /healthz and /problems/{type}', () => {
	it('reports ok with the dataset version', async () => {
		expect(await json('/healthz')).toEqual({ status: 'ok', version: datasetVersion });
	});

	it('documents every problem type at its URI', async () => {
		const body = await expectProblem(await get('/v1/nope'), 404, 'not-found');
		const type = await json<{ type: string; status: number; description: string }>(body.type);
		expect(type).toMatchObject({ type: body.type, status: 404 });
		await expectProblem(await get('/problems/teapot'), 404, 'not-found');
	});

	it('finds a problem type in any case, like every enumerated value', async () => {
		expect(await json('/problems/NOT-FOUND')).toMatchObject({ type: '/problems/not-found' });
	});
});
