import { describe, expect, it } from 'vitest';
import { countries } from './generated/governments.js';
import { stories } from './generated/stories.js';
import { pack, unpack } from './packed.js';

describe('pack and unpack', () => {
	it('give back the records with every key in its order', () => {
		for (const records of [countries, stories]) {
			expect(JSON.stringify(unpack(pack(records)))).toBe(JSON.stringify(records));
		}
	});

	it('keep nulls, empty lists and empty objects apart', () => {
		const value = { a: null, b: [], c: {}, d: [[], [{}], 0, '', false] };
		expect(unpack(pack(value))).toEqual(value);
	});

	it('write each list of keys once', () => {
		const { shapes } = pack([
			{ id: 'a', point: { lat: 1, lon: 2 } },
			{ id: 'b', point: { lat: 3, lon: 4 } },
		]);
		expect(shapes).toEqual([
			['id', 'point'],
			['lat', 'lon'],
		]);
	});
});
