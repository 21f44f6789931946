/**
 * @module memoized parsing of request parts: clients send few distinct `Accept`, `Accept-Encoding`
 * and query strings, so each distinct value is parsed once
 */

/** Entries a table holds before it starts over: junk values can never grow it further. */
export const PARSE_TABLE_SIZE = 256;

/**
 * `parse`, remembered per value: a hit is one Map lookup instead of a split-and-trim. The table is
 * emptied when full, which bounds its memory whatever clients send.
 */
export function parseTable<T>(
	parse: (value: string) => T,
	size = PARSE_TABLE_SIZE,
): (value: string) => T {
	const parsed = new Map<string, T>();
	return (value) => {
		let result = parsed.get(value);
		if (result === undefined && !parsed.has(value)) {
			result = parse(value);
			if (parsed.size >= size) parsed.clear();
			parsed.set(value, result);
		}
		return result as T;
	};
}
