import { LOCALES } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import type { Document } from '../test/support/contract.js';
import { createApp } from './app.js';

const app = createApp();

const ACCEPTS = [
	undefined,
	'application/json',
	'text/csv',
	'application/x-ndjson',
	'*/*',
	'application/json;q=0',
	'text/html',
];

interface Parameter {
	name: string;
	in: string;
	required?: boolean;
	example?: unknown;
	schema?: { enum?: unknown[]; example?: unknown };
}

const sample = (parameter: Parameter) =>
	String(
		parameter.example ?? parameter.schema?.example ?? parameter.schema?.enum?.[0] ?? 'migration',
	);

/** One request target per GET operation of the document: path parameters and required ones from its examples. */
async function everyRoute(): Promise<string[]> {
	const document = (await (await app.request('/openapi.json')).json()) as Document;
	return Object.entries(document.paths)
		.filter(([, item]) => item.get)
		.map(([path, item]) => {
			const parameters = (item.get?.parameters ?? []) as Parameter[];
			const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
				const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
				return encodeURIComponent(parameter ? sample(parameter) : name);
			});
			const required = parameters.filter((p) => p.in === 'query' && p.required);
			const query = new URLSearchParams(required.map((p) => [p.name, sample(p)])).toString();
			return query ? `${filled}?${query}` : filled;
		});
}

interface Answer {
	status: number;
	body: string;
	vary: string[];
	contentLanguage: string | null;
}

async function ask(target: string, headers: Record<string, string>): Promise<Answer> {
	const response = await app.request(target, { headers });
	return {
		status: response.status,
		body: await response.text(),
		vary: (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase()),
		contentLanguage: response.headers.get('content-language'),
	};
}

/** Fails for each pair of answers that differ without both naming `header` in `Vary`. */
function expectVaryWhereDifferent(
	target: string,
	header: string,
	answers: readonly (readonly [string, Answer])[],
) {
	const [first, ...rest] = answers;
	if (!first) return;
	for (const [label, answer] of rest) {
		if (answer.body === first[1].body && answer.status === first[1].status) continue;
		expect(first[1].vary, `${target} (${first[0]} vs ${label})`).toContain(header);
		expect(answer.vary, `${target} (${label} vs ${first[0]})`).toContain(header);
	}
}

describe('Vary follows what each route declares', () => {
	it('names Accept-Language wherever the language changes the body, with Content-Language', async () => {
		const targets = await everyRoute();
		expect(targets.length).toBeGreaterThanOrEqual(15);
		let localized = 0;
		for (const target of targets) {
			const answers = await Promise.all(
				LOCALES.map(
					async (language) =>
						[language, await ask(target, { 'accept-language': language })] as const,
				),
			);
			expectVaryWhereDifferent(target, 'accept-language', answers);
			if (new Set(answers.map(([, answer]) => answer.body)).size > 1) {
				localized++;
				for (const [language, answer] of answers) {
					if (answer.status === 200) expect(answer.contentLanguage, target).toBe(language);
				}
			}
		}
		// governments, stories (lists and details), facets, stats: their bodies hold our names and labels
		expect(localized).toBeGreaterThanOrEqual(6);
	});

	it('labels a CSV English whatever the language asked for, as its table is', async () => {
		for (const path of ['/v1/stories?format=csv&lang=fr', '/v1/governments?format=csv&lang=es']) {
			const response = await app.request(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-language'), path).toBe('en');
		}
		const json = await app.request('/v1/stories?lang=fr');
		expect(json.headers.get('content-language')).toBe('fr');
	});

	it('offers the format parameter in a 406 only where the route has one', async () => {
		const detail = async (path: string) =>
			(
				(await (await app.request(path, { headers: { accept: 'image/png' } })).json()) as {
					detail: string;
				}
			).detail;
		expect(await detail('/v1/stories')).toContain('format parameter');
		expect(await detail('/v1/stories/cambodia')).not.toContain('format parameter');
	});

	it('names Accept wherever the media type asked for changes the answer', async () => {
		let negotiated = 0;
		for (const target of await everyRoute()) {
			const answers = await Promise.all(
				ACCEPTS.map(
					async (accept) =>
						[accept ?? '(none)', await ask(target, accept ? { accept } : {})] as const,
				),
			);
			expectVaryWhereDifferent(target, 'accept', answers);
			if (new Set(answers.map(([, answer]) => answer.status)).size > 1) negotiated++;
		}
		expect(negotiated).toBeGreaterThanOrEqual(10);
	});

	it('refuses JSON with q=0 wherever JSON is all a route makes, on lists and details alike', async () => {
		for (const target of ['/v1/governments', '/v1/governments/BRA', '/v1/stories/albania']) {
			const response = await app.request(target, {
				headers: { accept: 'application/json;q=0' },
			});
			expect(response.status, target).toBe(406);
			expect(response.headers.get('content-type')).toBe('application/problem+json');
		}
	});
});
