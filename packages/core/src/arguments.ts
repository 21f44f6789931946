/** @module argument checks at the public boundary: a bad call fails at once, naming the argument and what it accepts */
import { ArgumentError, describeValue } from './errors.js';

const list = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** The checks of one call's options object; each returns the checked (and canonical) value. */
export interface OptionChecks {
	/** a string (empty allowed) */
	string(name: string): string;
	optionalString(name: string): string | undefined;
	/** one of `allowed`, matched case-insensitively; returns its canonical spelling */
	oneOf<const T extends string>(name: string, allowed: readonly T[]): T;
	optionalOneOf<const T extends string>(name: string, allowed: readonly T[]): T | undefined;
	/** one value or a list of values, each one of `allowed` (case-insensitively) */
	optionalListOf<const T extends string>(name: string, allowed: readonly T[]): T[] | undefined;
	/** one string or a list of strings */
	optionalStrings(name: string): string[] | undefined;
	optionalInteger(name: string, range: { min: number; max: number }): number | undefined;
	optionalBoolean(name: string): boolean | undefined;
	/** a value that must be an object with the given properties (e.g. a story) */
	record<T>(name: string, property: string, what: string): T;
}

/**
 * Checks that `options` is an object whose keys are all in `keys` (so `{ q }` for `{ query }`
 * is caught), and returns the checks for its values. `fn` and the argument name go into every error.
 * @example const args = checkOptions('search', options, ['query', 'kinds', 'limit']); const query = args.string('query');
 */
export function checkOptions(
	fn: string,
	options: unknown,
	keys: readonly string[],
	{ optional = false }: { optional?: boolean } = {},
): OptionChecks {
	if (options === undefined && optional) options = {};
	const shape = `one options object { ${keys.join(', ')} }`;
	if (typeof options !== 'object' || options === null || Array.isArray(options))
		throw new ArgumentError(fn, 'options', shape, options, `got ${describeValue(options)}`);
	const values = options as Record<string, unknown>;
	for (const key of Object.keys(values)) {
		if (!keys.includes(key) && values[key] !== undefined)
			throw new ArgumentError(
				fn,
				'options',
				shape,
				options,
				`${JSON.stringify(key)} is not one of its options`,
			);
	}
	const fail = (name: string, expected: string): never => {
		throw new ArgumentError(fn, name, expected, values[name]);
	};
	const canonical = <T extends string>(name: string, value: unknown, allowed: readonly T[]): T => {
		const wanted = typeof value === 'string' ? value.toLowerCase() : undefined;
		const found = allowed.find((candidate) => candidate.toLowerCase() === wanted);
		if (found === undefined) throw new ArgumentError(fn, name, `one of ${list(allowed)}`, value);
		return found;
	};
	const present = (name: string) => values[name] !== undefined;
	const checks: OptionChecks = {
		string: (name) => (typeof values[name] === 'string' ? values[name] : fail(name, 'a string')),
		optionalString: (name) => (present(name) ? checks.string(name) : undefined),
		oneOf: (name, allowed) => canonical(name, values[name], allowed),
		optionalOneOf: (name, allowed) => (present(name) ? checks.oneOf(name, allowed) : undefined),
		optionalListOf: (name, allowed) => {
			if (!present(name)) return undefined;
			const value = values[name];
			const items = Array.isArray(value) ? value : [value];
			return items.map((item) => canonical(name, item, allowed));
		},
		optionalStrings: (name) => {
			if (!present(name)) return undefined;
			const value = values[name];
			const items = Array.isArray(value) ? value : [value];
			return items.every((item) => typeof item === 'string')
				? (items as string[])
				: fail(name, 'a string or a list of strings');
		},
		optionalInteger: (name, { min, max }) => {
			if (!present(name)) return undefined;
			const value = values[name];
			return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
				? (value as number)
				: fail(name, `an integer from ${min} to ${max}`);
		},
		optionalBoolean: (name) =>
			present(name)
				? typeof values[name] === 'boolean'
					? values[name]
					: fail(name, 'true or false')
				: undefined,
		record: (name, property, what) => {
			const value = values[name];
			return typeof value === 'object' && value !== null && property in value
				? (value as never)
				: fail(name, what);
		},
	};
	return checks;
}
