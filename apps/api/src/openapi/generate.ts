/**
 * @module the OpenAPI document, generated at build time from the app's routes: each operation's
 * definition (id, words, parameters: ./operation.ts) and its responses (./responses.ts, zod). The
 * build embeds the result (scripts/openapi-document.mjs), so neither zod nor this module is in the
 * Worker.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { datasetVersion, publication } from '@mgi-stories/core';
import { createApp } from '../app.js';
import { declaredVariances } from '../http/variance.js';
import { completeDocument, type OpenApiDocument } from './document.js';
import { definitionOf, type OperationDefinition, type ParamShape } from './operation.js';
import { essence, OPERATION_RESPONSES } from './responses.js';

/** `/v1/stories/:slug` → `/v1/stories/{slug}` */
const openApiPath = (path: string) => path.replaceAll(/:(\w+)/g, '{$1}');

function parameters(location: 'query' | 'path', shape: ParamShape) {
	return Object.entries(shape).map(([name, param]) => ({
		name,
		in: location,
		required: location === 'path' || param.required,
		description: param.description,
		schema: param.schema,
		...(param.example === undefined ? {} : { example: param.example }),
		...(param.list ? { style: 'form', explode: false } : {}),
	}));
}

/** Arrays cut to their first item: an example shows the shape of an answer, not the whole dataset. */
function trimmed(value: unknown): unknown {
	if (Array.isArray(value)) return value.slice(0, 1).map(trimmed);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
	}
	return value;
}

/**
 * A real answer of the operation, as its 200's example: the request its parameters' examples make
 * (required ones, and `limit=1` on lists), in English; JSON trimmed, text cut to two lines (a CSV's
 * header and first row), binary bodies left without.
 */
async function exampleOf(
	app: ReturnType<typeof createApp>,
	path: string,
	definition: OperationDefinition,
) {
	const target = path.replaceAll(/:(\w+)/g, (_, name: string) =>
		encodeURIComponent(String(definition.params?.[name]?.example ?? name)),
	);
	const query = new URLSearchParams();
	for (const [name, param] of Object.entries(definition.query)) {
		if (name === 'limit') query.set(name, '1');
		else if (param.required) query.set(name, String(param.example));
	}
	const response = await app.request(query.size > 0 ? `${target}?${query}` : target);
	if (response.status !== 200)
		throw new Error(`${definition.operationId}: ${target} answered ${response.status}`);
	const mediaType = essence(response.headers.get('content-type') ?? '');
	if (mediaType.endsWith('json')) {
		const body: unknown = await response.json();
		return { mediaType, value: definition.example ? definition.example(body) : trimmed(body) };
	}
	if (mediaType.startsWith('text/')) {
		return { mediaType, value: (await response.text()).split('\r\n').slice(0, 2).join('\r\n') };
	}
	return undefined;
}

/** The document the running API serves at /openapi.json. */
export async function generateDocument(): Promise<OpenApiDocument> {
	const app = createApp();
	const examples = new Map<string, Awaited<ReturnType<typeof exampleOf>>>();
	const registry = new OpenAPIHono();
	const parametersOf = new Map<string, ReturnType<typeof parameters>>();
	for (const route of app.routes) {
		const definition = definitionOf(route.handler);
		if (!definition) continue;
		const responses = OPERATION_RESPONSES[definition.operationId];
		const { operationId, tags, summary, description } = definition;
		registry.openAPIRegistry.registerPath({
			method: 'get',
			path: openApiPath(route.path),
			operationId,
			tags,
			summary,
			description,
			responses: responses as never,
		});
		examples.set(operationId, await exampleOf(app, route.path, definition));
		parametersOf.set(operationId, [
			...parameters('path', definition.params ?? {}),
			...parameters('query', definition.query),
		]);
	}
	const missing = Object.keys(OPERATION_RESPONSES).filter((id) => !parametersOf.has(id));
	if (missing.length > 0) throw new Error(`responses.ts names no route: ${missing.join(', ')}`);

	const document = registry.getOpenAPI31Document({
		openapi: '3.1.0',
		info: {
			title: 'MGI Success Stories API',
			version: `1.0.0+${datasetVersion}`,
			description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as data: the success stories quoted verbatim, their classification with evidence, every participating government, search, citations and the booklet's claims checked. Data licence: ${publication.licence.name}. Every error is an RFC 9457 problem (application/problem+json). Lists also come as CSV and NDJSON (\`format\`, Accept): a generated client that should read only JSON passes the media types it wants, e.g. openapi-fetch's \`createClient<paths, "application/json" | "application/problem+json">()\`.`,
			license: { name: publication.licence.id, url: publication.licence.url },
			contact: { name: 'MGI Success Stories API' },
		},
		servers: [{ url: '/', description: 'This server' }],
	});
	for (const item of Object.values(document.paths ?? {})) {
		const operation = item.get;
		if (!operation?.operationId) continue;
		const list = parametersOf.get(operation.operationId) ?? [];
		if (list.length > 0) operation.parameters = list as never;
		const example = examples.get(operation.operationId);
		const ok = operation.responses?.['200'] as
			| { content?: Record<string, { example?: unknown }> }
			| undefined;
		for (const [mediaType, media] of Object.entries(ok?.content ?? {})) {
			if (example && essence(mediaType) === example.mediaType) media.example = example.value;
		}
	}
	return completeDocument(document, declaredVariances(app.routes).byPath);
}
