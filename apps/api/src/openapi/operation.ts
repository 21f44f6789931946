/**
 * @module an operation, declared once beside its handler: its parameters validate the request (a
 * failure is a 400 problem naming each bad parameter) and, with its id, tags and words, make its
 * entry in the OpenAPI document, which is generated at build time (`./generate.ts`)
 */
import type { Env, MiddlewareHandler } from 'hono';
import { type InvalidParam, ProblemError } from '../problem.js';
import type { Param, ParamValue } from './params.js';
import type { OperationId } from './responses.js';

export type ParamShape = Readonly<Record<string, Param<unknown>>>;

/** What the OpenAPI document says of an operation besides its responses (see ./responses.ts). */
export interface OperationDefinition<
	Query extends ParamShape = ParamShape,
	Path extends ParamShape = ParamShape,
> {
	/** typed by ./responses.ts: an operation without its responses there is a type error */
	operationId: OperationId;
	tags: [string];
	summary: string;
	description: string;
	query: Query;
	params?: Path;
	/**
	 * How the 200's example is cut from a real answer (./generate.ts), when cutting its arrays to
	 * their first item would mislead (a JSON Schema with its lists cut says something else)
	 */
	example?: (body: unknown) => unknown;
}

type Values<Shape extends ParamShape> = { [Name in keyof Shape]: ParamValue<Shape[Name]> };

/** What Hono's typed client sends and what handlers read (`c.req.valid('query')`). */
type OperationInput<Query extends ParamShape, Path extends ParamShape> = {
	in: { query: { [Name in keyof Query]?: string | string[] } } & (keyof Path extends never
		? unknown
		: { param: { [Name in keyof Path]: string } });
	out: { query: Values<Query>; param: Values<Path> };
};

const definitions = new WeakMap<MiddlewareHandler, OperationDefinition>();

/** The definition behind an operation's middleware (the document generator reads the routes). */
export const definitionOf = (handler: unknown): OperationDefinition | undefined =>
	definitions.get(handler as MiddlewareHandler);

const TARGETS = { query: 'query parameter', param: 'path parameter' } as const;

function summary(target: keyof typeof TARGETS, params: readonly InvalidParam[]): string {
	const what = TARGETS[target];
	return params
		.map((param) =>
			param.reason === 'unknown parameter'
				? `Unknown ${what} "${param.name}"${param.allowed ? ` (allowed: ${param.allowed.join(', ')})` : ''}.`
				: `The ${what} "${param.name}" ${/^(must|is)\b/.test(param.reason) ? '' : 'is invalid: '}${param.reason}.`,
		)
		.join(' ');
}

/** Reads every parameter of `shape`; a 400 problem lists each that fails (`extra`: unknown names). */
function read<Shape extends ParamShape>(
	target: keyof typeof TARGETS,
	shape: Shape,
	rawValues: (name: string) => readonly string[],
	extra: readonly string[] = [],
): Values<Shape> {
	const values: Record<string, unknown> = {};
	const invalid: InvalidParam[] = [];
	for (const [name, param] of Object.entries(shape)) {
		const result = param.parse(rawValues(name));
		if (result.ok) values[name] = result.value;
		else invalid.push({ name, ...result.issue });
	}
	const allowed = Object.keys(shape);
	for (const name of extra) invalid.push({ name, reason: 'unknown parameter', allowed });
	if (invalid.length > 0) {
		throw new ProblemError({
			type: 'invalid-parameter',
			detail: summary(target, invalid),
			invalidParams: invalid,
		});
	}
	return values as Values<Shape>;
}

/**
 * The middleware of one operation: validates the query (unknown names included), then the path,
 * and hands the values to the handler as `c.req.valid('query')` and `c.req.valid('param')`.
 */
export function operation<Query extends ParamShape, Path extends ParamShape = Record<never, never>>(
	definition: OperationDefinition<Query, Path>,
): MiddlewareHandler<Env, string, OperationInput<Query, Path>> {
	const middleware: MiddlewareHandler = async (c, next) => {
		const queries = c.req.queries();
		const unknown = Object.keys(queries).filter((name) => !Object.hasOwn(definition.query, name));
		c.req.addValidatedData(
			'query',
			read('query', definition.query, (name) => queries[name] ?? [], unknown),
		);
		const path = definition.params ?? {};
		c.req.addValidatedData(
			'param',
			read('param', path, (name) => {
				const value = c.req.param(name);
				return value === undefined ? [] : [value];
			}),
		);
		await next();
	};
	definitions.set(middleware, definition as unknown as OperationDefinition);
	return middleware as MiddlewareHandler<Env, string, OperationInput<Query, Path>>;
}
