/**
 * @module checks real responses against the published OpenAPI document with ajv (draft 2020-12):
 * every operation is read from the document itself, and requests are derived from its parameters
 * (enums, bounds, booleans, examples), so a route added later is covered without editing this file.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Runtime } from './runtimes.js';

interface SchemaObject {
	type?: string | string[];
	enum?: unknown[];
	items?: SchemaObject;
	minimum?: number;
	maximum?: number;
	default?: unknown;
	example?: unknown;
	examples?: unknown[];
	$ref?: string;
}
interface Parameter {
	name: string;
	in: 'query' | 'path' | 'header' | 'cookie';
	required?: boolean;
	schema?: SchemaObject;
	example?: unknown;
}
interface ResponseObject {
	$ref?: string;
	headers?: Record<string, unknown>;
	content?: Record<string, { schema?: unknown }>;
}
interface Operation {
	operationId: string;
	parameters?: Parameter[];
	responses: Record<string, ResponseObject>;
}
export interface Document {
	paths: Record<string, Record<string, Operation>>;
	components?: { responses?: Record<string, ResponseObject> };
}

/** Response headers that must be declared on every response that sends them. */
export const DECLARED_HEADERS = [
	'etag',
	'last-modified',
	'link',
	'x-total-count',
	'content-location',
	'x-request-id',
	'allow',
	'content-language',
];

export interface Probe {
	operationId: string;
	path: string;
	target: string;
	init?: RequestInit;
	/** the status the probe is meant to produce (undefined: any declared one) */
	expect?: number;
}

const essence = (mediaType: string | null) =>
	(mediaType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Values of one parameter worth trying: every enum value, bounds, booleans, examples. */
function sampleValues(parameter: Parameter): string[] {
	const schema = parameter.schema ?? {};
	const values = new Set<string>();
	const list = schema.items?.enum ?? schema.enum;
	if (list) {
		for (const value of list) values.add(String(value));
		if (schema.items?.enum) values.add(schema.items.enum.map(String).join(','));
	}
	if (schema.type === 'integer') {
		for (const bound of [schema.minimum, schema.maximum, schema.default]) {
			if (bound !== undefined) values.add(String(bound));
		}
	}
	if (schema.type === 'boolean') {
		values.add('true');
		values.add('false');
	}
	for (const example of [parameter.example, schema.example, ...(schema.examples ?? [])]) {
		if (example !== undefined) values.add(String(example));
	}
	return [...values];
}

const queryString = (params: Record<string, string>) => {
	const search = new URLSearchParams(params).toString();
	return search ? `?${search}` : '';
};

/**
 * Requests for every operation: each path-parameter value given (or enumerated), each query
 * parameter value alone on top of the required ones, each declared media type, and the error
 * cases every operation declares (unknown parameter, other method, over-long target, 304).
 */
export function probes(
	document: Document,
	pathValues: (name: string) => readonly string[],
): Probe[] {
	const out: Probe[] = [];
	for (const [path, item] of Object.entries(document.paths)) {
		const operation = item.get;
		if (!operation) continue;
		const parameters = operation.parameters ?? [];
		const pathParams = parameters.filter((p) => p.in === 'path');
		const query = parameters.filter((p) => p.in === 'query');
		const required: Record<string, string> = {};
		for (const parameter of query.filter((p) => p.required)) {
			// free text without an example: a word every text search can take
			required[parameter.name] = sampleValues(parameter)[0] ?? 'migration';
		}
		let fills: Record<string, string>[] = [{}];
		for (const parameter of pathParams) {
			const values = parameter.schema?.enum?.map(String) ?? pathValues(parameter.name);
			if (values.length === 0)
				throw new Error(`${operation.operationId}: no values for {${parameter.name}}`);
			fills = fills.flatMap((fill) =>
				values.map((value) => ({ ...fill, [parameter.name]: value })),
			);
		}
		const fillPath = (fill: Record<string, string>) =>
			path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(fill[name] ?? ''));
		const add = (target: string, init?: RequestInit, expect?: number) =>
			out.push({ operationId: operation.operationId, path, target, init, expect });
		for (const fill of fills) add(`${fillPath(fill)}${queryString(required)}`);
		const first = fillPath(fills[0] ?? {});
		for (const parameter of query) {
			for (const value of sampleValues(parameter)) {
				add(`${first}${queryString({ ...required, [parameter.name]: value })}`);
			}
		}
		const mediaTypes = Object.keys(operation.responses['200']?.content ?? {});
		if (mediaTypes.length > 1) {
			for (const mediaType of mediaTypes)
				add(`${first}${queryString(required)}`, { headers: { accept: mediaType } });
		}
		const base = `${first}${queryString(required)}`;
		const joiner = base.includes('?') ? '&' : '?';
		add(`${base}${joiner}unknown-parameter=1`, undefined, 400);
		add(`${base}${joiner}__proto__=1`, undefined, 400);
		add(`${base}${joiner}constructor=1`, undefined, 400);
		add(base, { method: 'POST' }, 405);
		add(base, { method: 'HEAD' });
		add(`${base}${joiner}pad=${'x'.repeat(2100)}`, undefined, 414);
		add(
			base,
			{ headers: { 'if-none-match': '*' } },
			'304' in operation.responses ? 304 : undefined,
		);
		// a date after the dataset's release: 304 wherever Last-Modified is sent
		add(base, { headers: { 'if-modified-since': 'Fri, 31 Dec 2100 23:59:59 GMT' } });
		if ('404' in operation.responses && pathParams.length > 0) {
			add(
				fillPath(Object.fromEntries(pathParams.map((p) => [p.name, 'no-such-thing']))),
				undefined,
				404,
			);
		}
		if ('406' in operation.responses) add(base, { headers: { accept: 'image/png' } }, 406);
		if (query.some((parameter) => parameter.name === 'lang')) {
			// the language negotiated from Accept-Language, and a language the API does not have
			add(base, { headers: { 'accept-language': 'es-419, fr;q=0.8' } }, 200);
			add(`${base}${joiner}lang=de`, undefined, 400);
		}
	}
	return out;
}

/** A validator of responses against one document. */
export function contractChecker(document: Document) {
	const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
	// CommonJS: the plugin is the module and, for ESM consumers, its `default`
	ajvFormats.default(ajv);
	ajv.addSchema(document as object, 'openapi.json');
	const resolve = (response: ResponseObject): ResponseObject => {
		if (!response.$ref) return response;
		const name = response.$ref.split('/').pop() ?? '';
		return document.components?.responses?.[name] ?? {};
	};
	const pointer = (...parts: string[]) =>
		parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

	/** Reasons the response breaks the contract (none: it conforms). */
	return async function check(probe: Probe, response: Response): Promise<string[]> {
		const where = `${probe.init?.method ?? 'GET'} ${probe.target.slice(0, 120)} → ${response.status}`;
		const failures: string[] = [];
		const operation = document.paths[probe.path]?.get as Operation;
		const status = String(response.status);
		const text = await response.text();
		if (probe.expect !== undefined && response.status !== probe.expect) {
			failures.push(`${where}: expected ${probe.expect}`);
		}
		const declared = operation.responses[status];
		if (!declared) return [...failures, `${where}: status not declared`];
		const resolved = resolve(declared);
		for (const name of DECLARED_HEADERS) {
			if (!response.headers.has(name)) continue;
			const names = Object.keys(resolved.headers ?? {}).map((header) => header.toLowerCase());
			if (!names.includes(name)) failures.push(`${where}: header ${name} not declared`);
		}
		if (text === '') return failures;
		const mediaType = essence(response.headers.get('content-type'));
		const content = Object.entries(resolved.content ?? {}).find(
			([key]) => essence(key) === mediaType,
		);
		if (!content) return [...failures, `${where}: media type ${mediaType} not declared`];
		if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) return failures;
		const ref = declared.$ref
			? `openapi.json#${declared.$ref.slice(1)}/content/${pointer(content[0])}/schema`
			: `openapi.json#/${pointer('paths', probe.path, 'get', 'responses', status, 'content', content[0], 'schema')}`;
		const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
		if (!validate(JSON.parse(text))) {
			failures.push(
				`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 400)}`,
			);
		}
		return failures;
	};
}

/** Values for path parameters without an enum, read from the API's own lists. */
export async function pathValuesFrom(runtime: Runtime) {
	const list = async (target: string) =>
		((await (await runtime.fetch(target)).json()) as { data: Record<string, unknown>[] }).data;
	const stories = await list('/v1/stories?limit=100&fields=slug');
	const governments = await list('/v1/governments?limit=100&fields=id,alpha2,numeric');
	const more = await list('/v1/governments?limit=100&offset=100&fields=id,alpha2,numeric');
	const codes = [...governments, ...more].flatMap((government) =>
		[government.id, government.alpha2, government.numeric].filter(
			(code): code is string => typeof code === 'string',
		),
	);
	const values: Record<string, string[]> = {
		slug: stories.map((story) => String(story.slug)),
		code: codes,
	};
	return (name: string) => values[name] ?? [];
}

/** Runs every probe with a few in flight at once; returns the failures and the number checked. */
export async function runContract(runtime: Runtime) {
	const document = (await (await runtime.fetch('/openapi.json')).json()) as Document;
	const check = contractChecker(document);
	const all = probes(document, await pathValuesFrom(runtime));
	const failures: string[] = [];
	const statuses = new Map<number, number>();
	let next = 0;
	const worker = async () => {
		while (next < all.length) {
			const probe = all[next++] as Probe;
			const response = await runtime.fetch(probe.target, probe.init);
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			failures.push(...(await check(probe, response)));
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return { document, checked: all.length, failures, statuses };
}
