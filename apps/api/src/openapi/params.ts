/**
 * @module request parameters, each defined once: the parser the API validates with at run time and
 * the JSON Schema the OpenAPI document publishes come from the same object (no zod at run time)
 */
import {
	EDITIONS,
	type EditionId,
	LOCALES,
	type M49Level,
	m49Areas,
	publication,
} from '@mgi-stories/core';
import { FORMATS } from '../http/negotiate.js';

/** Why a value was refused, as `invalid_params` reports it. */
export interface ParamIssue {
	reason: string;
	allowed?: readonly string[];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issue: ParamIssue };

/** A query or path parameter: how it is documented and how its raw values are read. */
export interface Param<T> {
	/** the parameter's JSON Schema, as published (`default`, `enum`, bounds) */
	readonly schema: Readonly<Record<string, unknown>>;
	readonly description: string;
	/** a valid value, as the document shows it (an array for lists) */
	readonly example?: unknown;
	readonly required: boolean;
	/** several values: comma-separated and/or repeated (OpenAPI `style: form, explode: false`) */
	readonly list: boolean;
	/** the raw values as received (none when absent) → the value handlers get, or why not */
	readonly parse: (values: readonly string[]) => ParseResult<T>;
}

/** The value a parameter gives handlers. */
export type ParamValue<P> = P extends Param<infer T> ? T : never;

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (reason: string, allowed?: readonly string[]): ParseResult<never> => ({
	ok: false,
	issue: allowed ? { reason, allowed } : { reason },
});

/**
 * A single-valued parameter: absent gives `fallback`, twice is refused, once is `read`.
 * `required` parameters report their absence.
 */
function single<T, Fallback>(
	definition: Omit<Param<T>, 'parse' | 'list' | 'required'> & { required?: boolean },
	read: (value: string) => ParseResult<T>,
	fallback: Fallback,
): Param<T | Fallback> {
	const required = definition.required ?? false;
	return {
		...definition,
		required,
		list: false,
		parse: (values) => {
			if (values.length > 1) return fail('is given more than once; give it once');
			const [value] = values;
			if (value === undefined) return required ? fail('is required') : ok(fallback);
			return read(value);
		},
	};
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
}): Param<number> {
	return single(
		{
			schema: { type: 'integer', minimum: min, maximum: max, default: fallback },
			description,
			example: fallback,
		},
		(value) => {
			if (!/^-?\d{1,9}$/.test(value)) return fail(`must be a whole number from ${min} to ${max}`);
			const number = Number(value);
			if (number < min) return fail(`must be at least ${min}`);
			if (number > max) return fail(`must be at most ${max}`);
			return ok(number);
		},
		fallback,
	);
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

const MAX_TEXT = 200;

/** trimmed, not blank, bounded */
function readText(value: string): ParseResult<string> {
	const trimmed = value.trim();
	if (trimmed.length === 0) return fail('must not be blank');
	if (trimmed.length > MAX_TEXT) return fail(`must be at most ${MAX_TEXT} characters`);
	return ok(trimmed);
}

const TEXT_SCHEMA = { type: 'string', minLength: 1, maxLength: MAX_TEXT } as const;

/** Free text: trimmed, not blank, bounded. */
export const textParam = (description: string, example?: string) =>
	single(
		{ schema: TEXT_SCHEMA, description, ...(example ? { example } : {}) },
		readText,
		undefined,
	);

export const requiredTextParam = (description: string, example: string): Param<string> =>
	single({ schema: TEXT_SCHEMA, description, example, required: true }, readText, '');

/** Most words a search query may hold: each word costs a prefix and a fuzzy expansion. */
export const MAX_QUERY_TERMS = 8;
const WORD = /[\p{L}\p{N}]+/gu;

/** A search query: bounded in length and in words, so no query costs more than a few plain ones. */
export const searchQueryParam = (): Param<string> =>
	single(
		{
			schema: TEXT_SCHEMA,
			description: `The query: at most ${MAX_TEXT} characters and ${MAX_QUERY_TERMS} words; accent-insensitive, prefix- and typo-tolerant.`,
			example: 'trafficking',
			required: true,
		},
		(value) => {
			const text = readText(value);
			if (text.ok && (text.value.match(WORD)?.length ?? 0) > MAX_QUERY_TERMS) {
				return fail(`must have at most ${MAX_QUERY_TERMS} words`);
			}
			return text;
		},
		'',
	);

/** One value out of a fixed set, case-insensitive. */
export function enumParam<const Values extends readonly [string, ...string[]]>({
	values,
	description,
	example,
}: {
	values: Values;
	description: string;
	example?: Values[number];
}): Param<Values[number] | undefined> {
	return single(
		{
			schema: { type: 'string', enum: [...values] },
			description,
			...(example ? { example } : {}),
		},
		(value) => {
			const lower = value.toLowerCase();
			return values.includes(lower)
				? ok(lower as Values[number])
				: fail(`must be one of: ${values.join(', ')}`, values);
		},
		undefined,
	);
}

/** `edition`: one of the booklet's editions the dataset has (every edition's when absent). */
export const editionParam = (what: string) =>
	enumParam({
		values: EDITIONS as readonly [EditionId, ...EditionId[]],
		description: `Only the ${what} this edition of the booklet, by its year (default: every edition).`,
		example: publication.edition,
	});

/** true or false, any case. */
export const booleanParam = (description: string): Param<boolean | undefined> =>
	single(
		{ schema: { type: 'boolean' }, description, example: true },
		(value) => {
			const lower = value.toLowerCase();
			return lower === 'true' || lower === 'false'
				? ok(lower === 'true')
				: fail('must be true or false', ['true', 'false']);
		},
		undefined,
	);

/** What a value is made of once, on first use: some lists cost a few milliseconds to compute. */
type Lazy<T> = T | (() => T);

function once<T>(value: Lazy<T>): () => T {
	let computed: { value: T } | undefined;
	return () => {
		computed ??= { value: typeof value === 'function' ? (value as () => T)() : value };
		return computed.value;
	};
}

/**
 * Several values: comma-separated and/or repeated (`topic=health,data` = `topic=health&topic=data`),
 * matched case-insensitively against `allowed` and returned in their canonical spelling. A list and
 * description given as functions are computed on first use, not when the Worker starts.
 */
export function listParam({
	description,
	allowed,
	validate,
	example,
	several = 'any of them matches',
}: {
	description: Lazy<string>;
	/** the closed set of values, when there is one (it is listed in errors and in the docs) */
	allowed?: Lazy<readonly string[]>;
	/** for open sets: returns a reason when a value is not acceptable */
	validate?: (value: string) => string | undefined;
	example?: string;
	/** what several values mean: a filter matches any of them */
	several?: string;
}): Param<string[] | undefined> {
	const allowedValues = once(allowed);
	const canonical = once(
		() => new Map((allowedValues() ?? []).map((value) => [value.toLowerCase(), value])),
	);
	const describe = once(description);
	return {
		get schema() {
			const values = allowedValues();
			return {
				type: 'array',
				items: values ? { type: 'string', enum: [...values] } : { type: 'string' },
			};
		},
		get description() {
			return `${describe()} Several values: comma-separated or repeated (${several}).`;
		},
		get example() {
			const first = example ?? allowedValues()?.[0];
			return first === undefined ? undefined : [first];
		},
		required: false,
		list: true,
		parse: (raw) => {
			if (raw.length === 0) return ok(undefined);
			const values = raw
				.flatMap((item) => item.split(','))
				.map((item) => item.trim())
				.filter((item) => item.length > 0);
			if (values.length === 0) return fail('must not be empty');
			const closed = allowedValues();
			const out: string[] = [];
			for (const value of values) {
				const known = closed ? canonical().get(value.toLowerCase()) : value;
				if (known === undefined) return fail(`unknown value "${value}"`, closed);
				const problem = validate?.(value);
				if (problem !== undefined) return fail(problem);
				if (!out.includes(known)) out.push(known);
			}
			return ok(out);
		},
	};
}

/** Fields to keep in each item (sparse fieldsets), from a fixed list; the item's key always stays. */
export function fieldsParam(fields: readonly string[], key: string, example: string) {
	return listParam({
		description: `Return only these fields of each item (JSON and NDJSON); ${key} is always returned. Any of: ${fields.join(', ')}.`,
		allowed: fields,
		example,
		several: 'all of them are returned',
	});
}

/** A sort key from a fixed list; `-` in front sorts descending. */
export function sortParam<const Keys extends readonly [string, ...string[]]>(
	keys: Keys,
	description: string,
) {
	const values = keys.flatMap((key) => [key, `-${key}`]) as unknown as readonly [
		Keys[number] | `-${Keys[number]}`,
		...(Keys[number] | `-${Keys[number]}`)[],
	];
	return enumParam({ values, description, example: keys[0] });
}

export const formatParam = () =>
	enumParam({
		values: FORMATS,
		description:
			'Representation: json (default), csv (RFC 4180, header row, UTF-8), csv-excel (that table for Microsoft Excel, as the *-excel.csv downloads) or ndjson. Overrides the Accept header, which cannot ask for csv-excel. CSV and NDJSON export every matching item unless limit or offset is given.',
		example: 'csv',
	});

const M49_LEVEL_NAMES: Record<M49Level, string> = {
	region: 'region',
	subregion: 'sub-region',
	intermediateRegion: 'intermediate region',
};

/** core sorts the areas by name with a collator on every call: once, on first use, for all filters */
const allAreas = once(() => m49Areas());

/** A UN M49 area filter at one level: the names as the UN spells them, or their three-digit codes. */
export function m49Param(level: M49Level, of: string) {
	const areas = once(() => allAreas().filter((area) => area.level === level));
	return listParam({
		description: () =>
			`UN M49 ${M49_LEVEL_NAMES[level]} ${of}, by name or M49 code: ${areas()
				.map((area) => `${area.name} (${area.code})`)
				.join(', ')}.`,
		allowed: () => areas().flatMap((area) => [area.name, area.code]),
	});
}

/** The language of our own words (names, labels, rules, claim checks); the booklet's stay English. */
export const langParam = () =>
	enumParam({
		values: LOCALES,
		description: `Language of the project’s own words in the response: government and region names, facet labels, descriptions and rules, and the claims check’s sentences (${LOCALES.join(', ')}). Without it, Accept-Language decides (q-values honoured; English by default). Story texts, captions, credits, quotes and evidence are the booklet’s words and always stay in English; CSV exports are the dataset’s tables, in English (Content-Language: en).`,
		example: 'fr',
	});

/** A path segment: a string of at most 100 characters; what it names is the handler's business. */
export const pathParam = ({
	description,
	example,
	values,
}: {
	description: string;
	example: string;
	/** the closed set it takes, for the document (the handler answers 404 for the others) */
	values?: readonly string[];
}): Param<string> =>
	single(
		{
			schema: { type: 'string', maxLength: 100, ...(values ? { enum: [...values] } : {}) },
			description,
			example,
			required: true,
		},
		(value) => (value.length > 100 ? fail('must be at most 100 characters') : ok(value)),
		'',
	);
