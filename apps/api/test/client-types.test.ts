import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const folder = fileURLToPath(new URL('./.client/', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));

/** What a consumer writes with a client generated from /openapi.json (JSON media types chosen). */
const CONSUMER = `import createClient from 'openapi-fetch';
import type { paths } from './openapi.js';

const client = createClient<paths, 'application/json' | 'application/problem+json'>({
	baseUrl: 'http://localhost:8787',
});

export async function consume(): Promise<string[]> {
	const stories = await client.GET('/v1/stories', { params: { query: { limit: 5, fields: ['heading'] } } });
	const governments = await client.GET('/v1/governments', { params: { query: { id: ['BRA'] } } });
	const story = await client.GET('/v1/stories/{slug}', { params: { path: { slug: 'albania' } } });
	const hits = await client.GET('/v1/search', { params: { query: { q: 'trafficking' } } });
	const slugs: string[] = stories.data?.data.map((item) => item.slug) ?? [];
	const ids: string[] = governments.data?.data.map((item) => item.id) ?? [];
	const apa: string | undefined = story.data?.data.citations.apa;
	const total: number | undefined = hits.data?.meta.total;
	return [...slugs, ...ids, apa ?? '', String(total)];
}
`;

/** The README's openapi-fetch snippet, as it is printed there. */
async function readmeSnippet(): Promise<string> {
	const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
	const snippet = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
		.map((match) => match[1] ?? '')
		.find((code) => code.includes("from 'openapi-fetch'"));
	if (!snippet) throw new Error('README.md has no openapi-fetch snippet');
	return `${snippet}\nexport {};\n`;
}

afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});

describe('a client generated from /openapi.json (openapi-typescript + openapi-fetch)', () => {
	it('types list data as items and errors as problems, and type-checks a consumer and the README’s snippet', async () => {
		const document = await (await createApp().request('/openapi.json')).json();
		const types = astToString(await openapiTS(document));
		await mkdir(folder, { recursive: true });
		await writeFile(`${folder}openapi.d.ts`, types);
		await writeFile(`${folder}consumer.ts`, CONSUMER);
		await writeFile(`${folder}readme.ts`, await readmeSnippet());
		await writeFile(
			`${folder}tsconfig.json`,
			JSON.stringify({
				compilerOptions: {
					strict: true,
					noUncheckedIndexedAccess: true,
					noEmit: true,
					module: 'NodeNext',
					moduleResolution: 'NodeNext',
					target: 'ES2022',
					types: [],
					skipLibCheck: true,
				},
				files: ['consumer.ts', 'readme.ts'],
			}),
		);
		const result = await promisify(execFile)(TSC, ['-p', `${folder}tsconfig.json`]).catch(
			(error: { stdout?: string }) => ({ stdout: error.stdout ?? 'tsc failed' }),
		);
		expect(result.stdout).toBe('');
	}, 120_000);
});
