import { datasetVersion } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import { app, json } from '../../test/support/app.js';

describe('GET /v1 and /', () => {
	it('links to every resource', async () => {
		const { data } = await json<{ data: { version: string; links: Record<string, string> } }>(
			'/v1',
		);
		expect(data.version).toBe(datasetVersion);
		// every path the app answers GET on, as a URI template (`:slug` → `{slug}`), but the index
		// itself at the bare origin and the docs page's own script and stylesheet
		const routes = new Set(
			app.routes
				.filter((route) => route.method === 'GET')
				.map((route) => route.path.replace(/:(\w+)/g, '{$1}'))
				.filter((path) => path !== '/' && !path.startsWith('/docs/')),
		);
		const linked = Object.values(data.links).map((link) => link.replace(/\{\?[^}]*\}$/, ''));
		expect([...routes].filter((path) => !linked.includes(path))).toEqual([]);
		expect(routes).toContain('/v1/dataset.zip');
		expect(await json('/')).toEqual(await json('/v1'));
	});
});
