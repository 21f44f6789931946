/** @module query parameter schemas: strict about input, documented in the OpenAPI document */
import { z } from '@hono/zod-openapi';
import { LOCALES, type M49Level, m49Areas } from '@mgi-stories/core';

const describe = (description: string) => ({ param: { description } });

/**
 * The query object of an endpoint. Unknown parameters are reported one by one, each with the list
 * of allowed names, instead of being silently ignored.
 */
export function querySchema<Shape extends z.ZodRawShape>(shape: Shape) {
	const allowed = Object.keys(shape);
	return z.object(shape).catchall(
		z.unknown().superRefine((_, ctx) => {
			ctx.addIssue({ code: 'custom', message: 'unknown parameter', params: { allowed } });
		}),
	);
}

/** A whole number within bounds, with a default. */
export function integerParam({
	min,
	max,
	fallback,
	description,
}: {
	min: number;
	max: number;
	fallback: number;
	description: string;
}) {
	return z
		.string()
		.regex(/^-?\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
		.transform(Number)
		.pipe(z.int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
		.optional()
		.transform((value) => value ?? fallback)
		.openapi({
			type: 'integer',
			minimum: min,
			maximum: max,
			default: fallback,
			...describe(description),
		});
}

export const limitParam = (max = 100, fallback = 20) =>
	integerParam({
		min: 1,
		max,
		fallback,
		description: `Page size, 1–${max} (default ${fallback}).`,
	});

export const offsetParam = () =>
	integerParam({
		min: 0,
		max: 1_000_000,
		fallback: 0,
		description: 'Number of items to skip (default 0).',
	});

const text = () =>
	z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');

/** Free text: trimmed, not blank, bounded. */
export const textParam = (description: string) => text().optional().openapi(describe(description));

export const requiredTextParam = (description: string) => text().openapi(describe(description));

/** Most words a search query may hold: each word costs a prefix and a fuzzy expansion. */
export const MAX_QUERY_TERMS = 8;
const WORD = /[\p{L}\p{N}]+/gu;

/** A search query: bounded in length and in words, so no query costs more than a few plain ones. */
export const searchQueryParam = () =>
	text()
		.refine((value) => (value.match(WORD)?.length ?? 0) <= MAX_QUERY_TERMS, {
			message: `must have at most ${MAX_QUERY_TERMS} words`,
		})
		.openapi({
			...describe(
				`The query: at most 200 characters and ${MAX_QUERY_TERMS} words; accent-insensitive, prefix- and typo-tolerant.`,
			),
			example: 'trafficking',
		});

/** One value out of a fixed set, case-insensitive. */
export function enumParam<const Values extends readonly [string, ...string[]]>({
	values,
	description,
}: {
	values: Values;
	description: string;
}) {
	return z
		.string()
		.transform((value) => value.toLowerCase())
		.pipe(z.enum(values, { error: `must be one of: ${values.join(', ')}` }))
		.optional()
		.openapi({ type: 'string', enum: [...values], ...describe(description) });
}

/** true or false, any case. */
export const booleanParam = (description: string) =>
	z
		.string()
		.transform((value) => value.toLowerCase())
		.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }))
		.transform((value) => value === 'true')
		.optional()
		.openapi({ type: 'boolean', ...describe(description) });

const splitList = (value: string | string[]) =>
	(Array.isArray(value) ? value : [value])
		.flatMap((item) => item.split(','))
		.map((item) => item.trim())
		.filter((item) => item.length > 0);

/**
 * Several values: comma-separated and/or repeated (`topic=health,data` = `topic=health&topic=data`),
 * matched case-insensitively against `allowed` and returned in their canonical spelling.
 */
export function listParam({
	description,
	allowed,
	validate,
}: {
	description: string;
	/** the closed set of values, when there is one (it is listed in errors and in the docs) */
	allowed?: readonly string[];
	/** for open sets: returns a reason when a value is not acceptable */
	validate?: (value: string) => string | undefined;
}) {
	const canonical = new Map((allowed ?? []).map((value) => [value.toLowerCase(), value]));
	const schema = z.union([z.string(), z.array(z.string())]).transform((input, ctx) => {
		const values = splitList(input);
		if (values.length === 0) {
			ctx.addIssue({ code: 'custom', message: 'must not be empty' });
			return z.NEVER;
		}
		const out: string[] = [];
		for (const value of values) {
			const known = allowed ? canonical.get(value.toLowerCase()) : value;
			const problem = known === undefined ? `unknown value "${value}"` : validate?.(value);
			if (problem !== undefined || known === undefined) {
				ctx.addIssue({
					code: 'custom',
					message: problem ?? `unknown value "${value}"`,
					params: allowed ? { allowed } : {},
				});
				continue;
			}
			if (!out.includes(known)) out.push(known);
		}
		return out;
	});
	return schema.optional().openapi({
		type: 'array',
		items: allowed ? { type: 'string', enum: [...allowed] } : { type: 'string' },
		param: {
			description: `${description} Several values: comma-separated or repeated (any of them matches).`,
			style: 'form',
			explode: false,
		},
	});
}

/** Fields to keep in each item (sparse fieldsets), from a fixed list; the item's key always stays. */
export function fieldsParam(fields: readonly string[], key: string) {
	return listParam({
		description: `Return only these fields of each item (JSON and NDJSON); ${key} is always returned. Any of: ${fields.join(', ')}.`,
		allowed: fields,
	});
}

/** A sort key from a fixed list; `-` in front sorts descending. */
export function sortParam<const Keys extends readonly [string, ...string[]]>(
	keys: Keys,
	description: string,
) {
	const values = keys.flatMap((key) => [key, `-${key}`]) as [string, ...string[]];
	return enumParam({ values, description });
}

export const formatParam = () =>
	enumParam({
		values: ['json', 'csv', 'ndjson'] as const,
		description:
			'Representation: json (default), csv (RFC 4180, header row, UTF-8) or ndjson. Overrides the Accept header. CSV and NDJSON export every matching item unless limit or offset is given.',
	});

const M49_LEVEL_NAMES: Record<M49Level, string> = {
	region: 'region',
	subregion: 'sub-region',
	intermediateRegion: 'intermediate region',
};

/** A UN M49 area filter at one level: the names as the UN spells them, or their three-digit codes. */
export function m49Param(level: M49Level, of: string) {
	const areas = m49Areas().filter((area) => area.level === level);
	return listParam({
		description: `UN M49 ${M49_LEVEL_NAMES[level]} ${of}, by name or M49 code: ${areas
			.map((area) => `${area.name} (${area.code})`)
			.join(', ')}.`,
		allowed: areas.flatMap((area) => [area.name, area.code]),
	});
}

/** The language of our own words (names, labels, rules, claim checks); the booklet's stay English. */
export const langParam = () =>
	enumParam({
		values: LOCALES,
		description:
			'Language of the project’s own words in the response: government and region names, facet labels, descriptions and rules, and the claims check’s sentences (en, fr or es). Without it, Accept-Language decides (q-values honoured; English by default). Story texts, captions, credits, quotes and evidence are the booklet’s words and always stay in English.',
	});
