/** @module assertions shared by the HTTP tests */
import { expect } from 'vitest';
import type { Problem, ProblemTypeId } from '../../src/problem.js';

/** Asserts an RFC 9457 problem response and returns its body. */
export async function expectProblem(
	response: Response,
	status: number,
	type: ProblemTypeId,
): Promise<Problem> {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	expect(response.headers.get('cache-control')).toBe('no-store');
	const body = (await response.json()) as Problem;
	expect(body).toMatchObject({ type: `/problems/${type}`, status });
	expect(body.title.length).toBeGreaterThan(0);
	expect(body.detail.length).toBeGreaterThan(0);
	expect(body.instance.startsWith('/')).toBe(true);
	return body;
}
