import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { contractChecker, type Document } from './support/contract.js';

const REDOCLY = fileURLToPath(new URL('../node_modules/.bin/redocly', import.meta.url));
const SPECTRAL = fileURLToPath(new URL('../node_modules/.bin/spectral', import.meta.url));
const SPECTRAL_RULESET = fileURLToPath(new URL('../.spectral.yaml', import.meta.url));

let folder: string | undefined;
afterAll(async () => {
	if (folder) await rm(folder, { recursive: true, force: true });
});

async function publishedDocument() {
	return (await (await createApp().request('/openapi.json')).json()) as Document;
}

/** The published document, written to a file for the command-line linters. */
async function documentFile() {
	folder ??= await mkdtemp(join(tmpdir(), 'api-openapi-'));
	const file = join(folder, 'openapi.json');
	await writeFile(file, JSON.stringify(await publishedDocument()));
	return file;
}

describe('the published OpenAPI document', () => {
	it('passes Redocly’s recommended ruleset with no error and no warning (offline)', async () => {
		const file = await documentFile();
		const { stdout } = await promisify(execFile)(
			REDOCLY,
			['lint', '--extends', 'recommended', '--format', 'json', file],
			// no telemetry, no update check: the test must not reach the network
			{ env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
		).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
		const report = JSON.parse(stdout) as {
			totals: { errors: number; warnings: number };
			problems: { ruleId: string; message: string }[];
		};
		expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
		expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
	}, 60_000);

	it('passes Spectral’s spectral:oas ruleset with no error, warning or hint (offline)', async () => {
		const { stdout } = await promisify(execFile)(SPECTRAL, [
			'lint',
			'--ruleset',
			SPECTRAL_RULESET,
			'--format',
			'json',
			'--fail-severity',
			'hint',
			'--quiet',
			await documentFile(),
		]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
		const results = JSON.parse(stdout) as { code: string; message: string; path: string[] }[];
		expect(
			results.map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`),
		).toEqual([]);
	}, 60_000);

	it('declares every operation with an id, a tag described at the top, and no security', async () => {
		const document = (await publishedDocument()) as Document & {
			security: unknown[];
			tags: { name: string; description: string }[];
		};
		expect(document.security).toEqual([]);
		const tags = new Set(document.tags.map((tag) => tag.name));
		for (const item of Object.values(document.paths)) {
			const operation = item.get as unknown as { operationId: string; tags: string[] };
			// a verb and what it acts on, never a name derived from the path (getV1Resolve)
			expect(operation.operationId).toMatch(/^(get|list|search|resolve)[A-Z][A-Za-z]*$/);
			expect(operation.operationId).not.toMatch(/V1/);
			for (const tag of operation.tags) expect(tags).toContain(tag);
		}
	});

	it('shows an example answer for every operation (a binary body aside), and its parameters’ examples', async () => {
		const document = (await publishedDocument()) as unknown as {
			paths: Record<
				string,
				{
					get: {
						operationId: string;
						parameters?: { name: string; example?: unknown }[];
						responses: { 200: { content: Record<string, { example?: unknown; schema: object }> } };
					};
				}
			>;
		};
		const missing: string[] = [];
		for (const { get } of Object.values(document.paths)) {
			const contents = Object.values(get.responses[200].content);
			const binary = contents.every((media) => JSON.stringify(media.schema).includes('binary'));
			if (!binary && !contents.some((media) => media.example !== undefined)) {
				missing.push(get.operationId);
			}
			for (const parameter of get.parameters ?? []) {
				if (parameter.example === undefined) missing.push(`${get.operationId} ${parameter.name}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('makes the contract checker reject a body that breaks it (the check is not vacuous)', async () => {
		const check = contractChecker(await publishedDocument());
		const probe = { operationId: 'getStory', path: '/v1/stories/{slug}', target: '/v1/stories/x' };
		const broken = new Response(JSON.stringify({ data: { slug: 'x' } }), {
			headers: { 'content-type': 'application/json', 'x-unknown': '1', etag: '"1"' },
		});
		expect((await check(probe, broken)).join('\n')).toMatch(/must have required property/);
		const undeclared = new Response('', { status: 418 });
		expect(await check(probe, undeclared)).toEqual([
			'GET /v1/stories/x → 418: status not declared',
		]);
	});
});
