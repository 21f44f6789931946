/**
 * @module argument checks at the public boundary: every public function checks its arguments here,
 * so a bad call fails at once with an `ArgumentError` naming the function, the argument, what it
 * accepts and, for a misuse, the right call
 */
import { ArgumentError, describeValue } from './errors.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locale.js';
import type { Government, Story } from './types.js';

/** One option's allowed values as an error lists them: `"apa", "chicago"`. */
const listValues = (values: readonly string[]): string =>
	values.map((value) => JSON.stringify(value)).join(', ');

/** The records a public function takes, by what identifies them and where a caller gets them. */
const RECORDS = {
	story: {
		property: 'slug',
		what: 'a story of the dataset (from stories, findStory or requireStory)',
	},
	government: {
		property: 'kind',
		what: 'a participating government (from governments, findGovernment or governmentById)',
	},
} as const;

/** The checks of one call's options object; each returns the checked (and canonical) value. */
export interface OptionChecks {
	/** a string (empty allowed) */
	string(name: string): string;
	optionalString(name: string): string | undefined;
	/** one of `allowed`, matched case-insensitively; returns its canonical spelling */
	oneOf<const T extends string>(name: string, allowed: readonly T[]): T;
	optionalOneOf<const T extends string>(name: string, allowed: readonly T[]): T | undefined;
	/**
	 * one value or a list of values, each one of `allowed`, compared by `key` (lowercase by
	 * default); returns their canonical spellings
	 */
	optionalListOf<const T extends string>(
		name: string,
		allowed: readonly T[],
		key?: (value: string) => string,
	): T[] | undefined;
	/** one string or a list of strings */
	optionalStrings(name: string): string[] | undefined;
	optionalInteger(name: string, range: { min: number; max: number }): number | undefined;
	optionalBoolean(name: string): boolean | undefined;
	/** `locale`: one of `LOCALES`, English when absent */
	locale(): Locale;
	/** a story of the dataset */
	story(name: string): Story;
	/** a list of stories of the dataset */
	optionalStories(name: string): readonly Story[] | undefined;
	/** a list of objects with the given property (e.g. claim checks with `verdict`) */
	optionalRecords<T>(name: string, property: string, what: string): readonly T[] | undefined;
	/** a participating government */
	government(name: string): Government;
	/** a value that must be an object with the given property (e.g. a table with `columns`) */
	record<T>(name: string, property: string, what: string): T;
}

const isRecord = (value: unknown, property: string): boolean =>
	typeof value === 'object' && value !== null && property in value;

/** How a function takes its options, for the call an error suggests. */
export interface OptionsShape {
	/** the options object may be left out */
	optional?: boolean;
	/** the option a bare value passed instead of the object means; by default the only option */
	primary?: string;
	/** the argument before the options object, where the function takes one (`toCsv(table, …)`) */
	positional?: string;
}

/**
 * Checks that `options` is an object whose keys are all in `keys` (so `{ q }` for `{ query }`
 * is caught), and returns the checks for its values. `fn` and the argument name go into every
 * error; a value passed where the options object goes gets the right call in the message, where
 * the value can mean only one option: `findGovernment('France')` → `… got "France": call
 * findGovernment({ query: "France" })`, `toCsv(table, 'excel')` → `… call toCsv(table, { variant: "excel" })`.
 * @example const args = checkOptions('search', options, ['query', 'kinds', 'limit'], { primary: 'query' }); const query = args.string('query');
 */
export function checkOptions(
	fn: string,
	options: unknown,
	keys: readonly string[],
	{
		optional = false,
		primary = keys.length === 1 ? keys[0] : undefined,
		positional,
	}: OptionsShape = {},
): OptionChecks {
	if (options === undefined && optional) options = {};
	const shape = `one options object { ${keys.join(', ')} }`;
	if (typeof options !== 'object' || options === null || Array.isArray(options)) {
		const call =
			primary && (typeof options === 'string' || typeof options === 'number')
				? `: call ${fn}(${positional ? `${positional}, ` : ''}{ ${primary}: ${JSON.stringify(options)} })`
				: '';
		throw new ArgumentError(fn, 'options', shape, options, `got ${describeValue(options)}${call}`);
	}
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
	return valueChecks(fn, values);
}

/**
 * The checks of one positional argument, for the functions that take a record or a code rather
 * than options (`storiesOf(government)`, `regionName(m49Code, { locale })`).
 * @example const government = checkArgument('storiesOf', 'government', value).government('government');
 */
export function checkArgument(fn: string, name: string, value: unknown): OptionChecks {
	return valueChecks(fn, { [name]: value });
}

function valueChecks(fn: string, values: Record<string, unknown>): OptionChecks {
	const fail = (name: string, expected: string): never => {
		throw new ArgumentError(fn, name, expected, values[name]);
	};
	const lowercase = (value: string) => value.toLowerCase();
	const canonical = <T extends string>(
		name: string,
		value: unknown,
		allowed: readonly T[],
		key = lowercase,
	): T => {
		const wanted = typeof value === 'string' ? key(value) : undefined;
		const found = allowed.find((candidate) => key(candidate) === wanted);
		if (found === undefined)
			throw new ArgumentError(fn, name, `one of ${listValues(allowed)}`, value);
		return found;
	};
	const present = (name: string) => values[name] !== undefined;
	const listOf = (name: string) => {
		const value = values[name];
		if (!Array.isArray(value)) return [value];
		// an empty list would select nothing, which is never what a caller filtering by it meant
		return value.length > 0
			? value
			: fail(name, 'a value or a list of at least one value (leave it out not to filter by it)');
	};
	const checks: OptionChecks = {
		string: (name) => (typeof values[name] === 'string' ? values[name] : fail(name, 'a string')),
		optionalString: (name) => (present(name) ? checks.string(name) : undefined),
		oneOf: (name, allowed) => canonical(name, values[name], allowed),
		optionalOneOf: (name, allowed) => (present(name) ? checks.oneOf(name, allowed) : undefined),
		optionalListOf: (name, allowed, key) =>
			present(name) ? listOf(name).map((item) => canonical(name, item, allowed, key)) : undefined,
		optionalStrings: (name) => {
			if (!present(name)) return undefined;
			const items = listOf(name);
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
		locale: () => checks.optionalOneOf('locale', LOCALES) ?? DEFAULT_LOCALE,
		story: (name) => checks.record(name, RECORDS.story.property, RECORDS.story.what),
		optionalStories: (name) =>
			checks.optionalRecords(
				name,
				RECORDS.story.property,
				'a list of stories of the dataset (e.g. from filterStories)',
			),
		optionalRecords: (name, property, what) => {
			if (!present(name)) return undefined;
			const value = values[name];
			return Array.isArray(value) && value.every((item) => isRecord(item, property))
				? value
				: fail(name, what);
		},
		government: (name) => {
			const value = values[name];
			const { property, what } = RECORDS.government;
			return isRecord(value, property) &&
				((value as Government).kind === 'country' || (value as Government).kind === 'local')
				? (value as Government)
				: fail(name, what);
		},
		record: (name, property, what) =>
			isRecord(values[name], property) ? (values[name] as never) : fail(name, what),
	};
	return checks;
}
