import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publication, requireStory } from '@mgi-stories/core';
import oembetter from 'oembetter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '$lib/server/config';
import { freePort } from '../e2e/free-port';
import { embedIframe } from './embed-code.js';
import { oembedAnswer, oembedFile } from './oembed-endpoint.js';

const site = fileURLToPath(new URL('..', import.meta.url));

describe('oembedFile', () => {
	it.each([
		['https://example.org/stories/cambodia/', 'oembed/stories/cambodia.json'],
		['https://example.org/fr/governments/KAZ', 'fr/oembed/governments/kaz.json'],
		['https://example.org/es/stories/iraq/?x=1#y', 'es/oembed/stories/iraq.json'],
	])('finds the response of %s', (url, file) => {
		expect(oembedFile(url)).toBe(file);
	});

	it.each([
		'https://example.org/',
		'https://example.org/stories/',
		'https://example.org/de/stories/iraq/',
		'https://example.org/stories/../../etc/passwd',
		'not a url',
	])('has none for %s', (url) => {
		expect(oembedFile(url)).toBeUndefined();
	});
});

describe('oembedAnswer', () => {
	const root = mkdtempSync(join(tmpdir(), 'oembed-'));
	const html = embedIframe({ src: 'https://example.org/embed/stories/iraq/', title: 'Iraq' });
	mkdirSync(join(root, 'oembed/stories'), { recursive: true });
	writeFileSync(
		join(root, 'oembed/stories/iraq.json'),
		JSON.stringify({
			version: '1.0',
			type: 'rich',
			html,
			width: 600,
			height: 480,
			thumbnail_url: 'https://example.org/og/stories/iraq.png',
			thumbnail_width: 1200,
			thumbnail_height: 630,
		}),
	);
	const answer = (query: string) => oembedAnswer(new URLSearchParams(query), root);
	const page = encodeURIComponent('https://example.org/stories/iraq/');

	it('answers a page’s response as JSON', () => {
		const { status, type, body } = answer(`url=${page}`);
		expect([status, type]).toEqual([200, 'application/json; charset=utf-8']);
		expect(JSON.parse(body)).toMatchObject({ html, width: 600, height: 480 });
	});

	it('fits the card to maxwidth and maxheight, leaving out a larger thumbnail', () => {
		const response = JSON.parse(answer(`url=${page}&maxwidth=320&maxheight=900`).body);
		expect(response).toMatchObject({ width: 320, height: 480 });
		expect(response.html).toContain(' width="320" height="480"');
		expect(response.thumbnail_url).toBeUndefined();
	});

	it.each([
		['', 400],
		[`url=${page}&format=xml`, 501],
		[`url=${page}&maxwidth=0`, 400],
		[`url=${page}&maxheight=wide`, 400],
		[`url=${encodeURIComponent('https://example.org/stories/atlantis/')}`, 404],
		[`url=${encodeURIComponent('https://example.org/about/')}`, 404],
	])('answers %j with %i', (query, status) => {
		expect(answer(query).status).toBe(status);
	});
});

type Fetched = Record<string, unknown>;

describe('the built site, read by an oEmbed consumer (oembetter)', () => {
	let server: ChildProcess;
	let origin: string;
	const realFetch = globalThis.fetch;
	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, ['server/index.js'], {
			cwd: site,
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		await new Promise((resolve) => server.stdout?.once('data', resolve));
		// the pages link their responses at the origin the site was built for: route it to this server
		globalThis.fetch = (input, init) => realFetch(String(input).replace(SITE_URL, origin), init);
	});
	afterAll(() => {
		globalThis.fetch = realFetch;
		server?.kill();
	});

	const consume = (url: string, options: Record<string, unknown> = {}, endpoint?: string) =>
		new Promise<Fetched>((resolve, reject) => {
			const consumer = oembetter();
			if (endpoint) consumer.endpoints([{ domain: new URL(url).hostname, endpoint }]);
			consumer.fetch(url, options, (error: unknown, response: Fetched) =>
				error ? reject(error) : resolve(response),
			);
		});

	it('discovers a story page’s response: a rich card of the verbatim story', async () => {
		const response = await consume(`${SITE_URL}/stories/cambodia/`);
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			width: 600,
			height: 480,
			author_name: publication.publisher,
			title: 'Cambodia: how the MGI was used',
		});
		const src = /<iframe src="([^"]+)"/.exec(String(response.html))?.[1] ?? '';
		expect(src).toBe(`${SITE_URL}/embed/stories/cambodia/`);
		const card = await (await fetch(src)).text();
		for (const paragraph of requireStory({ slug: 'cambodia' }).text.split(/\n\n+/))
			expect(card).toContain(paragraph);
		expect(card).toContain(publication.requiredCitation);
	});

	it('discovers a government page’s response in its language: a link under the page’s own title and image, though it has a story (round 14)', async () => {
		const iraq = await consume(`${SITE_URL}/fr/governments/irq/`);
		expect(iraq).toMatchObject({
			type: 'link',
			title: 'L’Iraq dans les IGM',
			provider_url: `${SITE_URL}/fr/`,
			thumbnail_url: `${SITE_URL}/fr/og/governments/irq.png`,
		});
		expect(iraq.author_name).toBeUndefined();
		expect(iraq.html).toBeUndefined();
		const angola = await consume(`${SITE_URL}/es/governments/ago/`);
		expect(angola).toMatchObject({ type: 'link', title: 'Angola en los IGM' });
		// a government's page is ours: IOM is the author of its stories only (round 13)
		expect(angola.author_name).toBeUndefined();
	});

	it('gets the same response, fitted, from /oembed?url= on the site’s server', async () => {
		const response = await consume(
			`${SITE_URL}/stories/iraq/`,
			{ maxwidth: 400 },
			`${origin}/oembed`,
		);
		expect(response).toMatchObject({ type: 'rich', width: 400 });
		expect(response.html).toContain(' width="400" height="480"');
	});
});
