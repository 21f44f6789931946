import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract } from './support/contract.js';
import { type Runtime, startNode, startWorkerd } from './support/runtimes.js';

describe.each([
	['node', startNode],
	['workerd', startWorkerd],
] as const)('every response of every operation conforms to /openapi.json (%s)', (_, start) => {
	let runtime: Runtime;
	beforeAll(async () => {
		runtime = await start();
	}, 60_000);
	afterAll(async () => {
		await runtime?.stop();
	});

	it('validates with ajv (draft 2020-12): statuses, media types, bodies and headers', async () => {
		const { document, checked, failures, statuses } = await runContract(runtime);
		expect(failures).toEqual([]);
		// the probes really covered the API: every operation, errors included
		const operations = Object.values(document.paths).filter((item) => item.get).length;
		expect(operations).toBeGreaterThanOrEqual(15);
		expect(checked).toBeGreaterThan(600);
		for (const status of [200, 304, 400, 404, 405, 406, 414]) {
			expect(statuses.get(status), `responses with ${status}`).toBeGreaterThan(0);
		}
	}, 300_000);
});
