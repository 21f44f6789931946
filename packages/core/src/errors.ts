/**
 * @module errors core throws: only for invalid data or programmer errors, never for "not found"
 * (a lookup that finds nothing returns `undefined`)
 */

/**
 * The base of every error core throws: catch it to handle them all.
 * @example try { cite({ story, style }); } catch (error) { if (error instanceof CoreError) console.warn(error.message); }
 */
export class CoreError extends Error {
	override name = 'CoreError';
}

/** A record of the dataset failed validation; the message names the collection, record and field. */
export class DataError extends CoreError {
	override name = 'DataError';
	constructor(
		readonly collection: string,
		readonly record: string,
		readonly field: string,
		readonly problem: string,
	) {
		super(`${collection}[${record}].${field}: ${problem}`);
	}
}

/**
 * A public function was called with a bad argument; the message names the function, the argument,
 * what it accepts and what it got, e.g. `cite: style must be one of "apa", "chicago", "bibtex", "ris"; got "mla"`.
 */
export class ArgumentError extends CoreError {
	override name = 'ArgumentError';
	constructor(
		readonly fn: string,
		readonly argument: string,
		/** what the argument accepts, e.g. `one of "apa", "chicago"` */
		readonly allowed: string,
		readonly received: unknown,
		problem?: string,
	) {
		super(`${fn}: ${argument} must be ${allowed}; ${problem ?? `got ${describeValue(received)}`}`);
	}
}

/**
 * A short, safe description of any value for an error message.
 * @example describeValue('mla') // '"mla"'
 */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return String(value);
	if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}
