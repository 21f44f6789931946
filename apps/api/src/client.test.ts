import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { type AppType, createApp } from './app.js';

const app = createApp();
const client = hc<AppType>('http://localhost', { fetch: app.request });

describe('typed client (hc<AppType>)', () => {
	it('lists stories with typed query and body', async () => {
		const response = await client.v1.stories.$get({ query: { topic: 'trafficking', limit: '5' } });
		expect(response.status).toBe(200);
		if (response.status !== 200) return;
		const body = await response.json();
		// the list also declares CSV and NDJSON bodies, so narrow to the JSON one
		if (typeof body !== 'object' || !('meta' in body)) throw new Error('expected the JSON page');
		expect(body.meta.total).toBe(2);
		expect(body.data.map((story) => story.slug)).toEqual(['sierra-leone', 'uruguay']);
	});

	it('fetches one story by slug', async () => {
		const response = await client.v1.stories[':slug'].$get({
			param: { slug: 'albania' },
			query: {},
		});
		expect(response.status).toBe(200);
		if (response.status !== 200) return;
		const { data } = await response.json();
		expect(data.government.country.alpha3).toBe('ALB');
		expect(data.citations.apa).toContain('(p. 1)');
	});

	it('resolves a name', async () => {
		const response = await client.v1.resolve.$get({ query: { q: 'Swaziland' } });
		expect(response.status).toBe(200);
		if (response.status !== 200) return;
		const { data } = await response.json();
		expect(data.candidates[0]?.id).toBe('SWZ');
	});
});
