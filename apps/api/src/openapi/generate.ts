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
import { definitionOf, type ParamShape } from './operation.js';
import { OPERATION_RESPONSES } from './responses.js';

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

/** The document the running API serves at /openapi.json. */
export function generateDocument(): OpenApiDocument {
	const app = createApp();
	const registry = new OpenAPIHono();
	const parametersOf = new Map<string, ReturnType<typeof parameters>>();
	for (const route of app.routes) {
		const definition = definitionOf(route.handler);
		if (!definition) continue;
		const responses = OPERATION_RESPONSES[definition.operationId];
		if (!responses) throw new Error(`${definition.operationId} has no responses in responses.ts`);
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
			description: `${publication.title} (${publication.publisherShort}, ${publication.year}) as data: the success stories quoted verbatim, their classification with evidence, every participating government, search, citations and the booklet's claims checked. Data licence: ${publication.licence.name}. Every error is an RFC 9457 problem (application/problem+json).`,
			license: { name: publication.licence.id, url: publication.licence.url },
			contact: { name: 'MGI Success Stories API' },
		},
		servers: [{ url: '/', description: 'This server' }],
	});
	for (const item of Object.values(document.paths ?? {})) {
		const operation = item.get;
		if (operation?.operationId) {
			const list = parametersOf.get(operation.operationId) ?? [];
			if (list.length > 0) operation.parameters = list as never;
		}
	}
	return completeDocument(document, declaredVariances(app.routes).byPath);
}
