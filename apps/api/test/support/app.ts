/** @module the app as the route tests call it, in process: GET a path, read a JSON answer */
import { expect } from 'vitest';
import { createApp } from '../../src/app.js';

/** One app for a test file (each file gets its own: vitest isolates the files). */
export const app = createApp();

/** GETs `path` with `headers`. */
export const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
	Promise.resolve(app.request(path, { headers }));

/** GETs `path`, asserts a 200 `application/json` answer and returns its body. */
export async function json<T>(path: string): Promise<T> {
	const response = await get(path);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/json');
	return (await response.json()) as T;
}
