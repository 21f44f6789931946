/**
 * @module the interactive docs: renders /openapi.json (operations, parameters, response schemas)
 * with a try-it form per operation. Runs in the browser; built into one string by scripts/docs-client.mjs.
 */

interface Parameter {
	name: string;
	in: 'query' | 'path';
	required?: boolean;
	description?: string;
	schema?: Schema;
	example?: unknown;
}
interface Schema {
	type?: string;
	enum?: unknown[];
	items?: Schema;
	default?: unknown;
	minimum?: number;
	maximum?: number;
	$ref?: string;
	[key: string]: unknown;
}
interface Operation {
	summary?: string;
	description?: string;
	tags?: string[];
	parameters?: Parameter[];
	responses?: Record<
		string,
		{ description?: string; content?: Record<string, { schema?: Schema }> }
	>;
}
interface OpenApiDocument {
	info: { title: string; version: string; description?: string };
	paths: Record<string, Record<string, Operation>>;
	components?: { schemas?: Record<string, Schema> };
}

type Child = Node | string | null | undefined | false;

function h(
	tag: string,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		element.append(child);
	}
	return element;
}

const anchor = (method: string, path: string) =>
	`${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '');

function typeLabel(schema: Schema | undefined): string {
	if (!schema) return '';
	if (schema.$ref) return schema.$ref.split('/').pop() ?? '';
	if (schema.enum) return schema.enum.join(' | ');
	if (schema.type === 'array') return `list of ${typeLabel(schema.items)}`;
	const range =
		schema.minimum !== undefined || schema.maximum !== undefined
			? ` (${schema.minimum ?? ''}–${schema.maximum ?? ''})`
			: '';
	return `${schema.type ?? 'any'}${range}`;
}

/** The first named schema a response body refers to (its `data`, or its items). */
function firstRef(schema: unknown): string | undefined {
	if (!schema || typeof schema !== 'object') return undefined;
	const ref = (schema as Schema).$ref;
	if (typeof ref === 'string') return ref.split('/').pop();
	for (const child of Object.values(schema)) {
		const found = firstRef(child);
		if (found) return found;
	}
	return undefined;
}

function parameterInput(parameter: Parameter, id: string): HTMLElement {
	const schema = parameter.schema ?? {};
	const choices = schema.enum ?? schema.items?.enum;
	if (choices && schema.type !== 'array') {
		const select = h('select', { id, name: parameter.name });
		select.append(h('option', { value: '' }, '—'));
		for (const choice of choices)
			select.append(h('option', { value: String(choice) }, String(choice)));
		return select;
	}
	const placeholder =
		parameter.example !== undefined
			? String(parameter.example)
			: schema.default !== undefined
				? String(schema.default)
				: (choices?.slice(0, 2).join(',') ?? '');
	const input = h('input', {
		id,
		name: parameter.name,
		type: 'text',
		autocomplete: 'off',
		placeholder,
	});
	if (parameter.in === 'path') input.setAttribute('required', '');
	return input;
}

async function send(path: string, form: HTMLFormElement, output: HTMLElement): Promise<void> {
	const query = new URLSearchParams();
	let target = path;
	for (const field of Array.from(
		form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'),
	)) {
		const value = field.value.trim();
		if (!value) continue;
		if (field.dataset.in === 'path')
			target = target.replace(`{${field.name}}`, encodeURIComponent(value));
		else query.append(field.name, value);
	}
	const search = query.toString();
	const url = search ? `${target}?${search}` : target;
	output.replaceChildren(h('p', {}, 'Loading…'));
	const response = await fetch(url, { headers: { Accept: 'application/json' } });
	const text = await response.text();
	let shown = text;
	if ((response.headers.get('content-type') ?? '').includes('json')) {
		try {
			shown = JSON.stringify(JSON.parse(text), null, 2);
		} catch {
			shown = text;
		}
	}
	const headers = ['content-type', 'etag', 'cache-control', 'link', 'x-total-count']
		.map((name) => [name, response.headers.get(name)])
		.filter(([, value]) => value)
		.map(([name, value]) => `${name}: ${value}`)
		.join('\n');
	output.replaceChildren(
		h('p', { class: 'request' }, h('code', {}, `GET ${url}`), ' ', h('a', { href: url }, 'open')),
		h(
			'p',
			{ class: response.ok ? 'status ok' : 'status error' },
			`${response.status} ${response.statusText}`,
		),
		h('pre', { class: 'headers' }, headers),
		h(
			'pre',
			{ class: 'body', tabindex: '0' },
			shown.length > 200_000 ? `${shown.slice(0, 200_000)}…` : shown,
		),
	);
	output.focus();
}

function operationSection(path: string, method: string, operation: Operation): HTMLElement {
	const id = anchor(method, path);
	const parameters = operation.parameters ?? [];
	const form = h('form', {
		class: 'try',
		'aria-label': `Try ${method.toUpperCase()} ${path}`,
	}) as HTMLFormElement;
	const rows = parameters.map((parameter) => {
		const inputId = `${id}-${parameter.name}`;
		const input = parameterInput(parameter, inputId);
		input.dataset.in = parameter.in;
		return h(
			'tr',
			{},
			h(
				'td',
				{},
				h('label', { for: inputId }, h('code', {}, parameter.name)),
				parameter.required ? ' *' : '',
			),
			h('td', {}, parameter.in),
			h('td', {}, typeLabel(parameter.schema)),
			h('td', {}, parameter.description ?? ''),
			h('td', {}, input),
		);
	});
	if (rows.length > 0) {
		form.append(
			h(
				'table',
				{},
				h(
					'thead',
					{},
					h(
						'tr',
						{},
						...['Parameter', 'In', 'Type', 'Description', 'Value'].map((label) =>
							h('th', { scope: 'col' }, label),
						),
					),
				),
				h('tbody', {}, ...rows),
			),
		);
	}
	const output = h('div', { class: 'output', tabindex: '-1', 'aria-live': 'polite' });
	form.append(h('button', { type: 'submit' }, 'Send request'));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		send(path, form, output).catch((error: unknown) => {
			output.replaceChildren(h('p', { class: 'status error' }, String(error)));
		});
	});
	const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
		const types = Object.entries(response.content ?? {});
		const named = types.map(([, content]) => firstRef(content.schema)).find(Boolean);
		return h(
			'li',
			{},
			h('code', {}, status),
			' ',
			response.description ?? '',
			types.length > 0 ? ` (${types.map(([type]) => type).join(', ')})` : '',
			named ? ' — ' : '',
			named ? h('a', { href: `#schema-${named}` }, named) : null,
		);
	});
	return h(
		'section',
		{ id, class: 'operation' },
		h(
			'h3',
			{},
			h('span', { class: `method ${method}` }, method.toUpperCase()),
			' ',
			h('code', {}, path),
		),
		operation.summary ? h('p', { class: 'summary' }, operation.summary) : null,
		operation.description ? h('p', {}, operation.description) : null,
		h('h4', {}, 'Responses'),
		h('ul', {}, ...responses),
		h('h4', {}, 'Try it'),
		form,
		output,
	);
}

function render(document_: OpenApiDocument): void {
	const main = document.getElementById('main');
	const nav = document.getElementById('nav');
	if (!main || !nav) return;
	const byTag = new Map<string, HTMLElement[]>();
	const links = new Map<string, HTMLElement[]>();
	for (const [path, methods] of Object.entries(document_.paths)) {
		for (const [method, operation] of Object.entries(methods)) {
			const tag = operation.tags?.[0] ?? 'Other';
			byTag.set(tag, [...(byTag.get(tag) ?? []), operationSection(path, method, operation)]);
			links.set(tag, [
				...(links.get(tag) ?? []),
				h(
					'li',
					{},
					h('a', { href: `#${anchor(method, path)}` }, `${method.toUpperCase()} ${path}`),
				),
			]);
		}
	}
	nav.replaceChildren(
		...[...links].map(([tag, items]) => h('div', {}, h('h2', {}, tag), h('ul', {}, ...items))),
		h(
			'div',
			{},
			h('h2', {}, 'Schemas'),
			h('p', {}, h('a', { href: '#schemas' }, 'Response schemas')),
		),
	);
	const schemas = Object.entries(document_.components?.schemas ?? {}).map(([name, schema]) =>
		h(
			'details',
			{ id: `schema-${name}` },
			h('summary', {}, name),
			h('pre', {}, JSON.stringify(schema, null, 2)),
		),
	);
	main.replaceChildren(
		h('h1', {}, document_.info.title),
		h(
			'p',
			{},
			`Version ${document_.info.version}. `,
			h('a', { href: '/openapi.json' }, 'OpenAPI 3.1 document'),
		),
		h('p', {}, document_.info.description ?? ''),
		...[...byTag].map(([tag, sections]) =>
			h('section', { class: 'tag' }, h('h2', {}, tag), ...sections),
		),
		h('section', { id: 'schemas' }, h('h2', {}, 'Schemas'), ...schemas),
	);
	reveal();
}

/** Scrolls to the anchor in the URL, opening a schema's details. */
function reveal(): void {
	let id = location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// a hand-typed, undecodable anchor: look it up as typed
	}
	const target = id ? document.getElementById(id) : null;
	if (target instanceof HTMLDetailsElement) target.open = true;
	target?.scrollIntoView();
}
window.addEventListener('hashchange', reveal);

fetch('/openapi.json')
	.then((response) => response.json() as Promise<OpenApiDocument>)
	.then(render)
	.catch((error: unknown) => {
		document
			.getElementById('main')
			?.append(
				h('p', { class: 'status error' }, `Could not load the OpenAPI document: ${String(error)}`),
			);
	});
