/** @module errors core throws: only for invalid data or programmer errors, never for "not found" */

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
