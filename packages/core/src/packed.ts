/**
 * @module records shipped packed: each object as its shape's number and its values, each shape (its
 * keys, in order) written once, so a list of records does not repeat its keys (internal: the build
 * packs the countries, 1 kB gz less with their local authorities, unpacked once at import; the
 * stories are mostly text and would gain 0.1 kB)
 */

/** A packed value: an object is `[shape + 1, ...values]`, an array `[0, ...items]`. */
export type Packed = null | boolean | number | string | Packed[];

/** Values packed with the keys of their objects, each list of keys once. */
export interface PackedRecords {
	shapes: string[][];
	value: Packed;
}

/** Packs a JSON value; `unpack(pack(value))` is a copy of it, with every object's keys in order. */
export function pack(value: unknown): PackedRecords {
	const shapes = new Map<string, [number, string[]]>();
	const packValue = (each: unknown): Packed => {
		if (Array.isArray(each)) return [0, ...each.map(packValue)];
		if (each === null || typeof each !== 'object') return each as Packed;
		const keys = Object.keys(each);
		const signature = JSON.stringify(keys);
		let shape = shapes.get(signature);
		if (!shape) {
			shape = [shapes.size + 1, keys];
			shapes.set(signature, shape);
		}
		return [shape[0], ...keys.map((key) => packValue((each as Record<string, unknown>)[key]))];
	};
	const packed = packValue(value);
	return { shapes: [...shapes.values()].map(([, keys]) => keys), value: packed };
}

/** The value `pack` packed (plain loops: it runs once per module at import, cold). */
export function unpack<T>({ shapes, value }: PackedRecords): T {
	const unpackValue = (each: Packed): unknown => {
		if (!Array.isArray(each)) return each;
		const shape = each[0] as number;
		if (shape === 0) {
			const items: unknown[] = [];
			for (let at = 1; at < each.length; at++) items.push(unpackValue(each[at] as Packed));
			return items;
		}
		const keys = shapes[shape - 1] as string[];
		const record: Record<string, unknown> = {};
		for (let at = 0; at < keys.length; at++) {
			record[keys[at] as string] = unpackValue(each[at + 1] as Packed);
		}
		return record;
	};
	return unpackValue(value) as T;
}
