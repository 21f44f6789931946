import type { z } from 'zod';
import { DataError } from './errors.js';

/** Parses one record, turning the first zod issue into a DataError that names record and field. */
export function parseRecord<T extends z.ZodType>(
	schema: T,
	value: unknown,
	where: { collection: string; record: string },
): z.infer<T> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const field = issue?.path.map(String).join('.') || '(record)';
	throw new DataError(where.collection, where.record, field, issue?.message ?? 'invalid');
}

/** Parses an array of records, each named by `keyOf` (falling back to its index). */
export function parseRecords<T extends z.ZodType>(
	schema: T,
	values: unknown,
	collection: string,
	keyOf: (value: Record<string, unknown>) => unknown,
): z.infer<T>[] {
	if (!Array.isArray(values))
		throw new DataError(collection, '*', '(collection)', 'expected an array');
	return values.map((value, index) => {
		const key =
			value && typeof value === 'object' ? keyOf(value as Record<string, unknown>) : undefined;
		return parseRecord(schema, value, {
			collection,
			record: typeof key === 'string' ? key : String(index),
		});
	});
}

/** Freezes a value and everything reachable from it, so consumers cannot mutate the dataset. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
