/** @module turns zod validation failures into RFC 9457 problems naming each bad parameter */
import type { Hook } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import type { z } from 'zod';
import { type InvalidParam, ProblemError } from '../problem.js';

const SOURCE: Record<string, string> = { query: 'query parameter', param: 'path parameter' };

function rawValues(c: Context, target: string, name: string): unknown {
	return target === 'query' ? c.req.queries(name) : undefined;
}

/** One `invalid_params` entry per issue, repeated parameters and unknown ones told apart. */
export function invalidParams(c: Context, target: string, error: z.ZodError): InvalidParam[] {
	const params: InvalidParam[] = [];
	for (const issue of error.issues) {
		const name = String(issue.path[0] ?? target);
		const raw = rawValues(c, target, name);
		const repeated = Array.isArray(raw) && raw.length > 1;
		let reason = issue.message;
		let allowed: readonly string[] | undefined;
		// a single-valued parameter given twice arrives as an array: say so, whatever zod tripped on
		if (repeated && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
			reason = 'is given more than once; give it once';
		} else if (issue.code === 'invalid_type' && target === 'query' && raw === undefined) {
			reason = 'is required';
		} else if (issue.code === 'invalid_value') {
			allowed = issue.values.map(String);
		} else if (issue.code === 'custom' && Array.isArray(issue.params?.allowed)) {
			allowed = issue.params.allowed as string[];
		}
		const entry: InvalidParam = { name, reason, ...(allowed ? { allowed } : {}) };
		if (!params.some((seen) => seen.name === entry.name && seen.reason === entry.reason)) {
			params.push(entry);
		}
	}
	return params;
}

function summary(target: string, params: InvalidParam[]): string {
	const what = SOURCE[target] ?? target;
	return params
		.map((param) =>
			param.reason === 'unknown parameter'
				? `Unknown ${what} "${param.name}"${param.allowed ? ` (allowed: ${param.allowed.join(', ')})` : ''}.`
				: `The ${what} "${param.name}" ${/^(must|is)\b/.test(param.reason) ? '' : 'is invalid: '}${param.reason}.`,
		)
		.join(' ');
}

/** The `defaultHook` of every route: a failed validation becomes a 400 problem. */
export const validationHook: Hook<unknown, Env, string, undefined> = (result, c) => {
	if (result.success) return undefined;
	const params = invalidParams(c, result.target, result.error);
	throw new ProblemError({
		type: 'invalid-parameter',
		detail: summary(result.target, params),
		invalidParams: params,
	});
};
